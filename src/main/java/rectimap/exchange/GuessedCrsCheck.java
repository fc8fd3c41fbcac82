package rectimap.exchange;

import java.nio.file.Path;
import java.util.Locale;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;

/**
 * A coordinate system guessed from the numbers alone is accepted only where it puts the data somewhere plausible:
 * inside the plan's {@link ImportPlan#guessArea()} (the project's surroundings, or China). Minnesota data in UTM
 * zone 15 without a .prj reads like a 6-digit Gauss-Krüger easting and would land quietly in Inner Mongolia; this
 * refuses it (UNKNOWN_CRS naming the record and where it would land) and asks for the CRS instead. A declared or
 * chosen CRS is never questioned.
 */
final class GuessedCrsCheck {
    private static final GuessedCrsCheck NONE = new GuessedCrsCheck(null, null);

    private final Envelope area;
    private final SourceCrs guess;

    private GuessedCrsCheck(Envelope area, SourceCrs guess) {
        this.area = area;
        this.guess = guess;
    }

    /** The check for {@code plan} reading {@code schema}: none unless the CRS in use is a guess and an area is set. */
    static GuessedCrsCheck of(ImportPlan plan, SourceSchema schema) {
        SourceCrs crs = schema.crs();
        boolean guessed = plan.sourceEpsg() <= 0 && crs != null
                && (crs.certainty() == CrsCertainty.GUESSED || crs.certainty() == CrsCertainty.AMBIGUOUS);
        return guessed && plan.guessArea() != null ? new GuessedCrsCheck(plan.guessArea(), crs) : NONE;
    }

    /**
     * @param lonLat the record's geometry in EPSG:4490
     * @throws ExchangeException UNKNOWN_CRS when the guess puts the record outside the area
     */
    void require(Path file, long record, Geometry lonLat) throws ExchangeException {
        if (area == null || area.contains(lonLat.getEnvelopeInternal())) {
            return;
        }
        Envelope at = lonLat.getEnvelopeInternal();
        throw new ExchangeException(ExchangeProblem.UNKNOWN_CRS, file, record, String.format(Locale.ROOT,
                "the coordinate system was only guessed from the numbers (EPSG:%d, %s) and would put this record at"
                        + " %.3f°N %.3f°E, outside the project's area (%.1f..%.1f°N, %.1f..%.1f°E); give the file's"
                        + " coordinate system (--crs EPSG:CODE, or a .prj beside a Shapefile)",
                guess.epsg(), guess.description(), at.centre().y, at.centre().x, area.getMinY(), area.getMaxY(),
                area.getMinX(), area.getMaxX()));
    }
}
