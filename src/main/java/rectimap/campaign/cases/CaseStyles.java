package rectimap.campaign.cases;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import rectimap.model.Feature;
import rectimap.model.style.Emphasis;
import rectimap.model.style.LabelRule;
import rectimap.model.style.LayerStyle;
import rectimap.model.style.MarkerShape;
import rectimap.model.style.Rgba;
import rectimap.model.style.Symbolizer;

/**
 * The traffic-light style of the case layer as seen on one day: open cases are classified by their deadline (each
 * deadline value present gets green, yellow or red for that day), closed ones (销号, 回头看) are covered by a grey
 * marker of the same size. Rebuild it when the day or the cases change. Sizes in millimetres.
 */
public final class CaseStyles {
    private static final double MARKER_MM = 3.6;
    private static final double LABEL_MAX_SCALE = 50_000;

    private CaseStyles() {
    }

    /** The style for {@code cases} on {@code today}, yellow from {@code warningDays} before a deadline. */
    public static LayerStyle trafficLight(List<Feature> cases, LocalDate today, int warningDays) {
        Map<String, Symbolizer> byDeadline = new HashMap<>();
        for (Feature feature : cases) {
            if (feature.get("deadline") instanceof LocalDate deadline) {
                byDeadline.putIfAbsent(deadline.toString(),
                        marker(TrafficLight.of(null, deadline, today, warningDays)));
            }
        }
        LayerStyle style = new LayerStyle(marker(TrafficLight.GREEN), "deadline", byDeadline,
                new LabelRule("status", LABEL_MAX_SCALE, 2.6, Rgba.hex("#212121"), Rgba.WHITE.withAlpha(0.9), 40));
        return style.withEmphasis(new Emphasis(CaseLifecycle.STATUS, CaseStatus.CLOSED.label(),
                marker(TrafficLight.GREY))).withEmphasis(new Emphasis(CaseLifecycle.STATUS,
                CaseStatus.REVISITED.label(), marker(TrafficLight.GREY)));
    }

    /**
     * The style without a day (printing and the CLI, which have no "today"): cases classified by status, open ones in
     * blue to amber, closed ones grey.
     */
    public static LayerStyle byStatus() {
        Map<String, Symbolizer> byStatus = Map.of(
                CaseStatus.REGISTERED.label(), circle("#1e88e5"),
                CaseStatus.ASSIGNED.label(), circle("#fb8c00"),
                CaseStatus.RECTIFYING.label(), circle("#f4511e"),
                CaseStatus.CLOSED.label(), circle(TrafficLight.GREY.hex()),
                CaseStatus.REVISITED.label(), circle(TrafficLight.GREY.hex()));
        return new LayerStyle(circle("#1e88e5"), CaseLifecycle.STATUS, byStatus,
                new LabelRule("status", LABEL_MAX_SCALE, 2.6, Rgba.hex("#212121"), Rgba.WHITE.withAlpha(0.9), 40));
    }

    private static Symbolizer circle(String hex) {
        return Symbolizer.marker(MarkerShape.CIRCLE, MARKER_MM, Rgba.hex(hex), Rgba.hex("#212121"));
    }

    /** The marker of one light: a filled circle with a dark outline. */
    public static Symbolizer marker(TrafficLight light) {
        return circle(light.hex());
    }
}
