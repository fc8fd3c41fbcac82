package rectimap.exchange.shapefile;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import rectimap.exchange.AtomicFileWrite;
import rectimap.exchange.ExchangeException;
import rectimap.exchange.ExchangeProblem;
import rectimap.geo.CrsTransform;
import rectimap.model.Feature;
import rectimap.model.GeometryKind;
import rectimap.model.Layer;

/**
 * Writes a layer (or a selection as a layer) as a Shapefile: .shp, .shx, .dbf, .prj and .cpg, each through
 * {@link AtomicFileWrite} (temporary sibling, fsync, move), so no part is ever half-written. GBK by default with
 * the language-driver byte 0x4D, UTF-8 on request; the .cpg names the encoding either way. Field names are cut to
 * 10 bytes — call {@link #plan} first and show {@link ShapefileExportPlan#renamedColumns()} to the user. The
 * geometries are written in {@code epsg} (EPSG:4490, or a CGCS2000 3° Gauss-Krüger code), transformed from the
 * layer's CRS. Polygons go out as POLYGON (outer rings clockwise), lines as POLYLINE; a layer mixing points and
 * areas cannot be one Shapefile. Any thread; the layer is immutable.
 */
public final class ShapefileWriter {
    private ShapefileWriter() {
    }

    /** What {@link #write} will do to the names and texts of {@code layer} in {@code encoding}. */
    public static ShapefileExportPlan plan(Layer layer, ShapefileEncoding encoding) {
        return DbfColumns.plan(layer.info().type().fields(), layer.features(), encoding.charset());
    }

    /**
     * Writes the Shapefile whose .shp is {@code shp} (the other parts beside it, same base name).
     *
     * @throws ExchangeException MIXED_GEOMETRY for points with areas or lines, UNSUPPORTED for a CRS we cannot
     *                           write, BAD_GEOMETRY for a geometry that does not transform, WRITE_FAILED when a part
     *                           cannot be written (parts written before it are removed)
     */
    public static void write(Path shp, Layer layer, ShapefileEncoding encoding, int epsg) throws ExchangeException {
        String prj = PrjText.of(epsg).orElseThrow(() -> new ExchangeException(ExchangeProblem.UNSUPPORTED, shp,
                "Shapefiles are written in EPSG:4490 or a CGCS2000 3-degree Gauss-Kruger code, not EPSG:" + epsg));
        ShapeType type = shapeType(shp, layer);
        List<Geometry> geometries = transformed(shp, layer, epsg);
        ShapefileExportPlan plan = plan(layer, encoding);
        List<byte[]> contents = new ArrayList<>(geometries.size());
        Envelope bounds = new Envelope();
        for (Geometry geometry : geometries) {
            contents.add(ShapeEncoder.encode(type, geometry));
            if (geometry != null && !geometry.isEmpty()) {
                bounds.expandToInclude(geometry.getEnvelopeInternal());
            }
        }
        long shpLength = ShpHeader.SIZE + contents.stream().mapToLong(c -> 8L + c.length).sum();
        String base = shp.getFileName().toString().replaceFirst("(?i)\\.shp$", "");
        List<Path> written = new ArrayList<>();
        try {
            writePart(shp.resolveSibling(base + ".shp"), written, out -> {
                out.write(ShpHeader.write(shpLength, type, bounds));
                ByteBuffer recordHeader = ByteBuffer.allocate(8).order(ByteOrder.BIG_ENDIAN);
                for (int i = 0; i < contents.size(); i++) {
                    recordHeader.putInt(0, i + 1).putInt(4, contents.get(i).length / 2);
                    out.write(recordHeader.array());
                    out.write(contents.get(i));
                }
            });
            writePart(shp.resolveSibling(base + ".shx"), written, out -> {
                out.write(ShpHeader.write(ShpHeader.SIZE + 8L * contents.size(), type, bounds));
                ByteBuffer entry = ByteBuffer.allocate(8).order(ByteOrder.BIG_ENDIAN);
                long offset = ShpHeader.SIZE;
                for (byte[] content : contents) {
                    entry.putInt(0, (int) (offset / 2)).putInt(4, content.length / 2);
                    out.write(entry.array());
                    offset += 8 + content.length;
                }
            });
            writePart(shp.resolveSibling(base + ".dbf"), written, out -> DbfWriter.write(out, plan, layer.features(),
                    encoding.charset(), encoding.languageDriver(), LocalDate.now()));
            writePart(shp.resolveSibling(base + ".prj"), written, out -> out.write(prj.getBytes(StandardCharsets.UTF_8)));
            writePart(shp.resolveSibling(base + ".cpg"), written,
                    out -> out.write(encoding.cpgText().getBytes(StandardCharsets.US_ASCII)));
        } catch (IOException e) {
            for (Path part : written) {
                deleteQuietly(part);
            }
            throw new ExchangeException(ExchangeProblem.WRITE_FAILED, shp, e.getMessage(), e);
        }
    }

    private static void writePart(Path part, List<Path> written, AtomicFileWrite.Content content) throws IOException {
        boolean existed = Files.exists(part);
        AtomicFileWrite.write(part, content);
        if (!existed) {
            written.add(part);
        }
    }

    private static ShapeType shapeType(Path shp, Layer layer) throws ExchangeException {
        GeometryKind kind = layer.info().type().geometryKind();
        ShapeType type = switch (kind) {
            case POINT -> ShapeType.POINT;
            case MULTIPOINT -> ShapeType.MULTIPOINT;
            case LINESTRING, MULTILINESTRING -> ShapeType.POLYLINE;
            case POLYGON, MULTIPOLYGON -> ShapeType.POLYGON;
            case GEOMETRY -> null;
        };
        for (Feature feature : layer.features()) {
            ShapeType own = ofGeometry(feature.geometry());
            if (own == null) {
                continue;
            }
            if (own == ShapeType.MULTIPATCH) {
                throw new ExchangeException(ExchangeProblem.UNSUPPORTED, shp, "feature " + feature.id() + " is a "
                        + feature.geometry().getGeometryType() + ", which a Shapefile cannot hold");
            }
            if (type == null) {
                type = own;
            } else if (own != type && !(type == ShapeType.MULTIPOINT && own == ShapeType.POINT)) {
                throw new ExchangeException(ExchangeProblem.MIXED_GEOMETRY, shp, "feature " + feature.id() + " is a "
                        + feature.geometry().getGeometryType() + " but a Shapefile holds one kind (" + type
                        + "); export points and areas separately");
            }
        }
        return type == null ? ShapeType.POLYGON : type;
    }

    private static ShapeType ofGeometry(Geometry geometry) {
        if (geometry.isEmpty()) {
            return null;
        }
        return switch (geometry.getGeometryType().toUpperCase(Locale.ROOT)) {
            case "POINT" -> ShapeType.POINT;
            case "MULTIPOINT" -> ShapeType.MULTIPOINT;
            case "LINESTRING", "MULTILINESTRING" -> ShapeType.POLYLINE;
            case "POLYGON", "MULTIPOLYGON" -> ShapeType.POLYGON;
            default -> ShapeType.MULTIPATCH;
        };
    }

    private static List<Geometry> transformed(Path shp, Layer layer, int epsg) throws ExchangeException {
        int srid = layer.info().srid();
        CrsTransform transform = srid == epsg ? null : CrsTransform.between(srid, epsg);
        List<Geometry> geometries = new ArrayList<>(layer.features().size());
        for (Feature feature : layer.features()) {
            try {
                geometries.add(transform == null ? feature.geometry() : transform.apply(feature.geometry()));
            } catch (RuntimeException e) {
                throw new ExchangeException(ExchangeProblem.BAD_GEOMETRY, shp, "feature " + feature.id()
                        + " cannot be transformed to EPSG:" + epsg + ": " + e.getMessage(), e);
            }
        }
        return geometries;
    }

    private static void deleteQuietly(Path part) {
        try {
            Files.deleteIfExists(part);
        } catch (IOException e) {
            // the write error is the one to report
        }
    }
}
