package rectimap.exchange;

import java.nio.file.Path;
import java.util.Objects;
import org.locationtech.jts.geom.Envelope;

/**
 * What the user chose for one import: the file, the target, the source CRS to assume ({@code sourceEpsg}; 0 keeps
 * what the file declares or what was guessed) and what to do with invalid geometries. The project CRS is
 * EPSG:4490; everything is reprojected into it.
 *
 * @param guessArea where a coordinate system only guessed from the numbers ({@link CrsCertainty#GUESSED} or
 *                  {@link CrsCertainty#AMBIGUOUS}, no {@code sourceEpsg} given) must put every record, in EPSG:4490
 *                  degrees (the project's surroundings, or China); null when the user confirmed the CRS and no
 *                  such check is wanted (see {@link GuessedCrsCheck})
 */
public record ImportPlan(Path file, ImportTarget target, int sourceEpsg, InvalidGeometryPolicy invalid,
                         Envelope guessArea) {
    public ImportPlan {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(invalid, "invalid");
    }

    /** A plan whose CRS the user confirmed (or the file declares): a guess is not checked against an area. */
    public ImportPlan(Path file, ImportTarget target, int sourceEpsg, InvalidGeometryPolicy invalid) {
        this(file, target, sourceEpsg, invalid, null);
    }
}
