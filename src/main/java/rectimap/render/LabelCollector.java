package rectimap.render;

import java.util.ArrayList;
import java.util.List;
import rectimap.model.style.LabelRule;

/**
 * Turns the visible, labelled features of a frame into {@link LabelRequest}s with candidate positions: points try
 * right, above, left and below their marker; areas centre on their interior point (or a line below or above it);
 * lines centre (horizontally) on
 * the middle of their length. Not thread-safe; one per frame.
 */
final class LabelCollector {

    /** Gap between a marker and its label, mm. */
    private static final double MARKER_GAP_MM = 0.6;
    /** Halo width around label glyphs, mm; also the padding between label boxes. */
    static final double HALO_MM = 0.35;

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
                    : layer.dimension(i) == 2 ? inArea(x, y, extent) : List.of(centredOn(x, y, extent));
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

    /** Centred on the interior point, else a line above or below it (e.g. a lake inside a township). */
    private static List<LabelRequest.Candidate> inArea(double x, double y, TextExtent extent) {
        LabelRequest.Candidate centre = centredOn(x, y, extent);
        double step = extent.height() * 1.3;
        return List.of(centre, new LabelRequest.Candidate(centre.x(), centre.y() + step),
                new LabelRequest.Candidate(centre.x(), centre.y() - step));
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
