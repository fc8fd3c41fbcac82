package rectimap.exchange;

import java.nio.file.Path;
import java.util.Objects;

/**
 * What the user chose for one import: the file, the target, the source CRS to assume ({@code sourceEpsg}; 0 keeps
 * what the file declares or what was guessed) and what to do with invalid geometries. The project CRS is
 * EPSG:4490; everything is reprojected into it.
 */
public record ImportPlan(Path file, ImportTarget target, int sourceEpsg, InvalidGeometryPolicy invalid) {
    public ImportPlan {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(invalid, "invalid");
    }
}
