package rectimap.campaign.cases;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
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
 * marker of the same size. A legend reads it by light: every class and emphasis is titled by its light (逾期, 临期,
 * 按期, 已办结) and listed in that order, never by date. Rebuild it when the day or the cases change. Sizes in mm.
 */
public final class CaseStyles {
    private static final double MARKER_MM = 3.6;
    private static final double LABEL_MAX_SCALE = 50_000;

    private CaseStyles() {
    }

    /** The style for {@code cases} on {@code today}, yellow from {@code warningDays} before a deadline. */
    public static LayerStyle trafficLight(List<Feature> cases, LocalDate today, int warningDays) {
        Map<String, TrafficLight> lights = new TreeMap<>();
        for (Feature feature : cases) {
            if (feature.get("deadline") instanceof LocalDate deadline) {
                lights.putIfAbsent(deadline.toString(), TrafficLight.of(null, deadline, today, warningDays));
            }
        }
        Map<String, Symbolizer> byDeadline = new LinkedHashMap<>();
        Map<String, String> titles = new HashMap<>();
        for (TrafficLight light : List.of(TrafficLight.RED, TrafficLight.YELLOW, TrafficLight.GREEN)) {
            lights.forEach((deadline, itsLight) -> {
                if (itsLight == light) {
                    byDeadline.put(deadline, marker(light));
                    titles.put(deadline, light.label());
                }
            });
        }
        titles.put(CaseStatus.CLOSED.label(), TrafficLight.GREY.label());
        titles.put(CaseStatus.REVISITED.label(), TrafficLight.GREY.label());
        LayerStyle style = new LayerStyle(marker(TrafficLight.GREEN), "deadline", byDeadline,
                new LabelRule("status", LABEL_MAX_SCALE, 2.6, Rgba.hex("#212121"), Rgba.WHITE.withAlpha(0.9), 40));
        return style.withEmphasis(new Emphasis(CaseLifecycle.STATUS, CaseStatus.CLOSED.label(),
                marker(TrafficLight.GREY))).withEmphasis(new Emphasis(CaseLifecycle.STATUS,
                CaseStatus.REVISITED.label(), marker(TrafficLight.GREY))).withClassTitles(titles);
    }

    /**
     * The style without a day (printing and the CLI, which have no "today"): cases classified by status, open ones in
     * blue to amber, closed ones grey.
     */
    public static LayerStyle byStatus() {
        Map<String, Symbolizer> byStatus = LayerStyle.inOrder(
                Map.entry(CaseStatus.REGISTERED.label(), circle("#1e88e5")),
                Map.entry(CaseStatus.ASSIGNED.label(), circle("#fb8c00")),
                Map.entry(CaseStatus.RECTIFYING.label(), circle("#f4511e")),
                Map.entry(CaseStatus.CLOSED.label(), circle(TrafficLight.GREY.hex())),
                Map.entry(CaseStatus.REVISITED.label(), circle(TrafficLight.GREY.hex())));
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
