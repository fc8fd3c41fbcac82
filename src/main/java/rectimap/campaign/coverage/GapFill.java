package rectimap.campaign.coverage;

import rectimap.geo.Measure;

/**
 * What filling a gap will do, before it is done: the area moved into zone {@code zoneId} (named {@code zoneName}),
 * and that zone's area before and after, all ellipsoidal m². A fill that more than doubles the receiving zone or moves
 * more than {@link #CONFIRM_ABOVE_MU} 亩 {@link #needsConfirmation() asks first}: handing a whole township's rest to
 * one cadre is a decision, not a tidy-up.
 */
public record GapFill(long zoneId, String zoneName, double movedM2, double beforeM2, double afterM2) {

    /** Moving more than this many 亩 asks first. */
    public static final double CONFIRM_ABOVE_MU = 100;
    /** Growing the receiving zone by more than this factor asks first. */
    public static final double CONFIRM_GROWTH = 2;

    /** Whether the fill is big enough to ask the user before doing it. */
    public boolean needsConfirmation() {
        return Measure.m2ToMu(movedM2) > CONFIRM_ABOVE_MU || afterM2 > CONFIRM_GROWTH * beforeM2;
    }
}
