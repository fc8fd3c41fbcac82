package rectimap.geo;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.CoordinateSequenceFilter;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.proj4j.CRSFactory;
import org.locationtech.proj4j.CoordinateReferenceSystem;
import org.locationtech.proj4j.CoordinateTransform;
import org.locationtech.proj4j.CoordinateTransformFactory;
import org.locationtech.proj4j.ProjCoordinate;

/**
 * A coordinate transformation between two EPSG coordinate reference systems, backed by proj4j. Geographic
 * coordinates are x = longitude, y = latitude in degrees; projected ones are x = easting, y = northing in metres.
 *
 * <p>Instances are immutable in effect and safe to use from any thread: proj4j's transform objects keep scratch
 * state, so each thread gets its own through a {@link ThreadLocal}. {@link #between} caches instances per pair.
 *
 * <p>The CRS definitions come from proj4j-epsg. It describes EPSG:4490 and the CGCS2000 Gauss-Krüger codes on the
 * GRS80 ellipsoid, whose flattening differs from CGCS2000's (1/298.257222101) only in the 10th significant digit
 * (well under 0.1 mm on the ground), and without a towgs84 shift, so no datum shift sneaks in between them.
 * The test of the known value (111E 35N → 500000.000 E, 3874592.902 N) guards this.
 */
public final class CrsTransform {
    private static final CRSFactory CRS_FACTORY = new CRSFactory();
    private static final Map<Integer, CoordinateReferenceSystem> CRS_BY_EPSG = new ConcurrentHashMap<>();
    private static final Map<Long, CrsTransform> TRANSFORMS = new ConcurrentHashMap<>();

    private final int sourceEpsg;
    private final int targetEpsg;
    private final ThreadLocal<CoordinateTransform> perThread;

    private CrsTransform(int sourceEpsg, int targetEpsg) {
        this.sourceEpsg = sourceEpsg;
        this.targetEpsg = targetEpsg;
        CoordinateReferenceSystem source = crs(sourceEpsg);
        CoordinateReferenceSystem target = crs(targetEpsg);
        CoordinateTransformFactory factory = new CoordinateTransformFactory();
        this.perThread = ThreadLocal.withInitial(() -> factory.createTransform(source, target));
    }

    /**
     * The transform from {@code sourceEpsg} to {@code targetEpsg}, cached.
     *
     * @throws IllegalArgumentException when proj4j does not know one of the codes
     */
    public static CrsTransform between(int sourceEpsg, int targetEpsg) {
        long key = ((long) sourceEpsg << 32) | (targetEpsg & 0xffffffffL);
        return TRANSFORMS.computeIfAbsent(key, k -> new CrsTransform(sourceEpsg, targetEpsg));
    }

    private static CoordinateReferenceSystem crs(int epsg) {
        return CRS_BY_EPSG.computeIfAbsent(epsg, code -> {
            try {
                // CRSFactory reads the shared EPSG file; computeIfAbsent runs this once per code.
                synchronized (CRS_FACTORY) {
                    return CRS_FACTORY.createFromName(Epsg.name(code));
                }
            } catch (RuntimeException e) {
                throw new IllegalArgumentException("unknown coordinate reference system EPSG:" + code, e);
            }
        });
    }

    public int sourceEpsg() {
        return sourceEpsg;
    }

    public int targetEpsg() {
        return targetEpsg;
    }

    /** Transforms one position; returns a new coordinate in the target CRS. */
    public Coordinate apply(double x, double y) {
        ProjCoordinate out = new ProjCoordinate();
        perThread.get().transform(new ProjCoordinate(x, y), out);
        return new Coordinate(out.x, out.y);
    }

    /**
     * Transforms every vertex of {@code geometry} into a new geometry of the same structure whose SRID is the
     * target EPSG code. The argument is not changed.
     */
    public Geometry apply(Geometry geometry) {
        Geometry result = geometry.copy();
        CoordinateTransform transform = perThread.get();
        ProjCoordinate in = new ProjCoordinate();
        ProjCoordinate out = new ProjCoordinate();
        result.apply(new CoordinateSequenceFilter() {
            @Override
            public void filter(CoordinateSequence seq, int i) {
                in.x = seq.getX(i);
                in.y = seq.getY(i);
                transform.transform(in, out);
                seq.setOrdinate(i, CoordinateSequence.X, out.x);
                seq.setOrdinate(i, CoordinateSequence.Y, out.y);
            }

            @Override
            public boolean isDone() {
                return false;
            }

            @Override
            public boolean isGeometryChanged() {
                return true;
            }
        });
        result.setSRID(targetEpsg);
        return result;
    }

    /**
     * Transforms {@code count} positions packed as x0, y0, x1, y1, … in {@code xy}, overwriting them: no geometry
     * copy and no object per vertex, for projecting whole layers to the display.
     */
    public void applyInPlace(double[] xy, int count) {
        CoordinateTransform transform = perThread.get();
        ProjCoordinate in = new ProjCoordinate();
        ProjCoordinate out = new ProjCoordinate();
        for (int i = 0; i < count; i++) {
            in.x = xy[i * 2];
            in.y = xy[i * 2 + 1];
            transform.transform(in, out);
            xy[i * 2] = out.x;
            xy[i * 2 + 1] = out.y;
        }
    }

    /** The transform in the opposite direction. */
    public CrsTransform inverse() {
        return between(targetEpsg, sourceEpsg);
    }

    @Override
    public String toString() {
        return "CrsTransform[EPSG:" + sourceEpsg + " -> EPSG:" + targetEpsg + "]";
    }
}
