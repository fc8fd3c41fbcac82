package rectimap.geo;

import java.util.Optional;

/**
 * A CGCS2000 3-degree Gauss-Krüger zone as EPSG numbers it: zones 25–45 (central meridians 75°E–135°E), each
 * either with the zone number prefixed to the false easting (EPSG:4513–4533, e.g. x_0 = 38 500 000 m for zone 38)
 * or without it (EPSG:4534–4554, x_0 = 500 000 m). Immutable.
 *
 * @param zone       the zone number, 25–45; the central meridian is {@code 3 * zone} degrees east
 * @param eastingForm whether the false easting carries the zone number
 */
public record GaussKrugerZone3(int zone, EastingForm eastingForm) {
    /** The first and last zone numbers EPSG defines for CGCS2000 3-degree GK. */
    public static final int FIRST_ZONE = 25;
    public static final int LAST_ZONE = 45;
    private static final int FIRST_PREFIXED_EPSG = 4513;
    private static final int FIRST_PLAIN_EPSG = 4534;

    /** How the false easting is written. */
    public enum EastingForm {
        /** x_0 = zone × 1 000 000 + 500 000 m (EPSG:4513–4533). */
        ZONE_PREFIXED,
        /** x_0 = 500 000 m (EPSG:4534–4554), the form Rectimap displays in. */
        PLAIN
    }

    public GaussKrugerZone3 {
        if (zone < FIRST_ZONE || zone > LAST_ZONE) {
            throw new IllegalArgumentException("CGCS2000 3-degree GK zone must be 25..45: " + zone);
        }
    }

    /** The zone whose EPSG code this is, or empty when the code is not a CGCS2000 3-degree GK code. */
    public static Optional<GaussKrugerZone3> ofEpsg(int epsg) {
        if (epsg >= FIRST_PREFIXED_EPSG && epsg < FIRST_PLAIN_EPSG) {
            return Optional.of(new GaussKrugerZone3(FIRST_ZONE + epsg - FIRST_PREFIXED_EPSG, EastingForm.ZONE_PREFIXED));
        }
        if (epsg >= FIRST_PLAIN_EPSG && epsg <= FIRST_PLAIN_EPSG + LAST_ZONE - FIRST_ZONE) {
            return Optional.of(new GaussKrugerZone3(FIRST_ZONE + epsg - FIRST_PLAIN_EPSG, EastingForm.PLAIN));
        }
        return Optional.empty();
    }

    /** The zone whose central meridian is nearest to {@code longitudeDeg} (degrees east). */
    public static GaussKrugerZone3 containing(double longitudeDeg, EastingForm form) {
        return new GaussKrugerZone3((int) Math.round(longitudeDeg / 3.0), form);
    }

    /** The EPSG code, 4513–4554. */
    public int epsg() {
        int first = eastingForm == EastingForm.ZONE_PREFIXED ? FIRST_PREFIXED_EPSG : FIRST_PLAIN_EPSG;
        return first + zone - FIRST_ZONE;
    }

    /** The central meridian in degrees east. */
    public int centralMeridianDeg() {
        return 3 * zone;
    }

    /** The false easting in metres. */
    public double falseEastingM() {
        return eastingForm == EastingForm.ZONE_PREFIXED ? zone * 1_000_000.0 + 500_000.0 : 500_000.0;
    }
}
