package rectimap.campaign.coverage;

import java.util.List;
import java.util.Objects;
import org.locationtech.jts.geom.Geometry;

/**
 * One gap or overlap: its kind, the responsibility kind, the place it lies in (township code and name: for an
 * overlap or a gap of the district's 区领导包乡镇 coverage the township holding its interior point, the district when
 * none does), the piece itself in lon/lat (EPSG:4490), its ellipsoidal area
 * in m², and the responsibility areas concerned (for a gap: the zones it borders; for an overlap: the two zones).
 */
public record CoverageProblem(ProblemKind kind, CoverageKind coverage, String parentCode, String parentName,
                              Geometry lonLat, double areaM2, List<Long> zoneIds) {
    public CoverageProblem {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(coverage, "coverage");
        Objects.requireNonNull(lonLat, "lonLat");
        parentCode = parentCode == null ? "" : parentCode;
        parentName = parentName == null ? "" : parentName;
        zoneIds = List.copyOf(zoneIds);
    }

    /** A key that names this problem in lists (kind, coverage, parent and the position of its first point). */
    public String key() {
        org.locationtech.jts.geom.Coordinate at = lonLat.getCoordinate();
        return kind + "/" + coverage + "/" + parentCode + "/" + zoneIds + "/"
                + (at == null ? "" : String.format(java.util.Locale.ROOT, "%.7f,%.7f", at.x, at.y));
    }
}
