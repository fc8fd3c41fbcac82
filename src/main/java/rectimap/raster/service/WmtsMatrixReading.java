package rectimap.raster.service;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.locationtech.jts.geom.Envelope;
import org.w3c.dom.Element;
import rectimap.raster.RasterException;
import rectimap.raster.RasterProblem;
import rectimap.raster.tile.TileCrs;
import rectimap.raster.tile.TileMatrix;
import rectimap.raster.tile.TileMatrixSet;

/**
 * One WMTS TileMatrixSet element as a {@link TileMatrixSet}, with two corrections for documents found in the wild
 * (both only for global CRSs, where the world's size tells which reading is right):
 * <ul>
 * <li>Scale denominators counted with 96-dpi pixels (0.2646 mm, Tianditu) instead of the standard 0.28 mm: taken
 *     so when that reading makes the matrix exactly as wide as the world and the standard one does not.</li>
 * <li>A TopLeftCorner written in the other axis order (Tianditu writes its {@code w} set's Web Mercator corner
 *     north first): swapped when only the swapped corner keeps the matrix inside the world.</li>
 * </ul>
 */
final class WmtsMatrixReading {
    /** The standard rendering pixel of OGC scale denominators, metres. */
    static final double OGC_PIXEL_M = 0.00028;
    /** A 96-dpi pixel, metres. */
    static final double DPI96_PIXEL_M = 0.0254 / 96;
    private static final double WORLD_FIT = 0.002;

    private WmtsMatrixReading() {
    }

    static TileMatrixSet read(Element set, String service) throws RasterException {
        String id = XmlChildren.text(set, WmtsCapabilitiesReader.OWS, "Identifier").orElse("");
        String crsName = XmlChildren.text(set, WmtsCapabilitiesReader.OWS, "SupportedCRS").orElse("");
        TileCrs crs = TileCrs.parse(crsName)
                .orElseThrow(() -> new RasterException(RasterProblem.UNKNOWN_CRS, service, crsName));
        List<TileMatrix> matrices = new ArrayList<>();
        List<Element> elements = XmlChildren.all(set, WmtsCapabilitiesReader.WMTS, "TileMatrix");
        for (int i = 0; i < elements.size(); i++) {
            matrices.add(matrix(elements.get(i), i, crs, service));
        }
        if (matrices.isEmpty()) {
            throw new RasterException(RasterProblem.BAD_CAPABILITIES, service, id);
        }
        return new TileMatrixSet(id, crs, matrices);
    }

    private static TileMatrix matrix(Element e, int index, TileCrs crs, String service) throws RasterException {
        try {
            String id = XmlChildren.text(e, WmtsCapabilitiesReader.OWS, "Identifier").orElse(Integer.toString(index));
            double scale = number(e, "ScaleDenominator");
            String[] corner = XmlChildren.text(e, WmtsCapabilitiesReader.WMTS, "TopLeftCorner").orElse("")
                    .split("[\\s,]+");
            int tileW = (int) number(e, "TileWidth");
            int tileH = (int) number(e, "TileHeight");
            long matrixW = (long) number(e, "MatrixWidth");
            long matrixH = (long) number(e, "MatrixHeight");
            double resolution = resolution(scale, crs, matrixW * (long) tileW);
            double[] xy = crs.axisOrder().toXy(Double.parseDouble(corner[0]), Double.parseDouble(corner[1]));
            TileMatrix read = new TileMatrix(id, zoomOf(id, index), resolution, resolution, xy[0], xy[1], tileW,
                    tileH, matrixW, matrixH);
            Optional<Envelope> world = crs.world();
            if (world.isPresent() && !inside(read.extent(), world.get())) {
                TileMatrix swapped = new TileMatrix(id, read.zoom(), resolution, resolution, xy[1], xy[0], tileW,
                        tileH, matrixW, matrixH);
                return inside(swapped.extent(), world.get()) ? swapped : read;
            }
            return read;
        } catch (RuntimeException bad) {
            throw new RasterException(RasterProblem.BAD_CAPABILITIES, service, "TileMatrix " + index);
        }
    }

    private static double resolution(double scale, TileCrs crs, long widthPx) {
        double standard = scale * OGC_PIXEL_M / crs.metresPerUnit();
        Optional<Envelope> world = crs.world();
        if (world.isEmpty()) {
            return standard;
        }
        double worldWidth = world.get().getWidth();
        double dpi96 = scale * DPI96_PIXEL_M / crs.metresPerUnit();
        boolean standardFits = standard * widthPx <= worldWidth * (1 + WORLD_FIT);
        boolean dpi96Exact = Math.abs(dpi96 * widthPx / worldWidth - 1) < WORLD_FIT;
        return !standardFits && dpi96Exact ? dpi96 : standard;
    }

    private static boolean inside(Envelope matrix, Envelope world) {
        double slackX = world.getWidth() * WORLD_FIT;
        double slackY = world.getHeight() * WORLD_FIT;
        return matrix.getMinX() >= world.getMinX() - slackX && matrix.getMaxX() <= world.getMaxX() + slackX
                && matrix.getMinY() >= world.getMinY() - slackY && matrix.getMaxY() <= world.getMaxY() + slackY;
    }

    /** The number a level is known by: the trailing integer of its identifier ("EPSG:3857:15" → 15), else its index. */
    static int zoomOf(String id, int index) {
        int end = id.length();
        int start = end;
        while (start > 0 && Character.isDigit(id.charAt(start - 1))) {
            start--;
        }
        return start < end && end - start < 4 ? Integer.parseInt(id.substring(start, end)) : index;
    }

    private static double number(Element e, String local) {
        return Double.parseDouble(XmlChildren.text(e, WmtsCapabilitiesReader.WMTS, local).orElseThrow());
    }
}
