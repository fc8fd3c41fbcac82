package rectimap.render;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.locationtech.jts.geom.Envelope;
import rectimap.model.style.LabelRule;

/**
 * Turns the visible, labelled features of a frame into {@link LabelRequest}s with candidate positions: points try
 * right, above, left and below their marker; areas centre on their interior point, else the nearest free spot of a
 * small grid round it (up to {@link #AREA_ROWS} lines below or above, one label width left or right) that stays
 * within the area's extent, so a name that meets a place name at the same point moves beside it instead of being
 * dropped; lines centre (horizontally) on the middle of their length. Not thread-safe; one per frame.
 */
final class LabelCollector {

    /** Gap between a marker and its label, mm. */
    private static final double MARKER_GAP_MM = 0.6;
    /** Halo width around label glyphs, mm; also the padding between label boxes. */
    static final double HALO_MM = 0.35;
    /** How many text lines an area label may move up or down from its interior point. */
    static final int AREA_ROWS = 3;

    private final DrawingSurface surface;
    private final ShapeTracer tracer;
    private final double metresPerPixel;

    LabelCollector(DrawingSurface surface, ShapeTracer tracer, Viewport viewport) {
        this.surface = surface;
        this.tracer = tracer;
        this.metresPerPixel = viewport.metresPerPixel();
    }

    /** The requests for the given visible features of the layer under its label rule. */
    List<LabelRequest> collect(RenderLayer layer, LabelRule rule, IndexList visible) {
        List<LabelRequest> requests = new ArrayList<>();
        double upm = surface.unitsPerMm();
        double size = rule.sizeMm() * upm;
        double pad = HALO_MM * upm;
        for (int k = 0; k < visible.size(); k++) {
            int i = visible.get(k);
            String text = layer.feature(i).text(rule.field()).strip();
            if (text.isEmpty() || tooSmallToLabel(layer, i)) {
                continue;
            }
            TextExtent extent = surface.measureText(text, size, FontWeight.NORMAL);
            double[] anchor = layer.labelAnchor(i);
            double x = tracer.screenX(anchor[0]);
            double y = tracer.screenY(anchor[1]);
            List<LabelRequest.Candidate> candidates = layer.dimension(i) == 0
                    ? aroundMarker(x, y, extent, layer.symbolizer(i).markerSizeMm() / 2 * upm + MARKER_GAP_MM * upm)
                    : layer.dimension(i) == 2 ? inArea(x, y, extent, screenBox(layer.envelope(i)))
                    : List.of(centredOn(x, y, extent));
            requests.add(new LabelRequest(text, rule, size, rule.priority(), layer.labelWeight(i), extent, pad,
                    candidates));
        }
        return requests;
    }

    private boolean tooSmallToLabel(RenderLayer layer, int index) {
        return layer.dimension(index) > 0 && layer.labelWeight(index) > 0
                && Math.max(layer.envelope(index).getWidth(), layer.envelope(index).getHeight()) < 4 * metresPerPixel;
    }

    private static LabelRequest.Candidate centredOn(double x, double y, TextExtent extent) {
        return new LabelRequest.Candidate(x - extent.width() / 2, y + (extent.ascent() - extent.descent()) / 2);
    }

    /**
     * Centred on the interior point, else the grid spots nearest to it first (a line below before a line above, the
     * same row before a side step): each keeps the label's centre inside the area's screen extent {@code box}.
     */
    static List<LabelRequest.Candidate> inArea(double x, double y, TextExtent extent, Envelope box) {
        LabelRequest.Candidate centre = centredOn(x, y, extent);
        double rowStep = extent.height() * 1.3;
        double sideStep = extent.width() + extent.height();
        List<double[]> offsets = new ArrayList<>();
        for (int column : new int[] {0, 1, -1}) {
            for (int row = 0; row <= AREA_ROWS; row++) {
                for (int sign : row == 0 ? new int[] {1} : new int[] {1, -1}) {
                    offsets.add(new double[] {column * sideStep, sign * row * rowStep});
                }
            }
        }
        offsets.sort(Comparator.comparingDouble(o -> Math.hypot(o[0] / 2, o[1])));
        List<LabelRequest.Candidate> candidates = new ArrayList<>();
        for (double[] offset : offsets) {
            if (box.contains(x + offset[0], y + offset[1])) {
                candidates.add(new LabelRequest.Candidate(centre.x() + offset[0], centre.y() + offset[1]));
            }
        }
        return candidates.isEmpty() ? List.of(centre) : candidates;
    }

    /** A display envelope on the surface (y down). */
    private Envelope screenBox(Envelope display) {
        return new Envelope(tracer.screenX(display.getMinX()), tracer.screenX(display.getMaxX()),
                tracer.screenY(display.getMinY()), tracer.screenY(display.getMaxY()));
    }

    private static List<LabelRequest.Candidate> aroundMarker(double x, double y, TextExtent extent, double gap) {
        double middleBaseline = y + (extent.ascent() - extent.descent()) / 2;
        return List.of(
                new LabelRequest.Candidate(x + gap, middleBaseline),
                new LabelRequest.Candidate(x - extent.width() / 2, y - gap - extent.descent()),
                new LabelRequest.Candidate(x - gap - extent.width(), middleBaseline),
                new LabelRequest.Candidate(x - extent.width() / 2, y + gap + extent.ascent()));
    }
}
