package rectimap.campaign.cases;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import rectimap.model.Feature;
import rectimap.model.Layer;
import rectimap.model.MapLayer;
import rectimap.model.style.LabelRule;
import rectimap.model.style.LayerStyle;
import rectimap.model.style.Rgba;
import rectimap.model.style.Symbolizer;

/**
 * The case layer as a printed sheet dated a given day shows it: every case classed by its {@link TrafficLight} on
 * that day (逾期 / 临期 / 按期 / 已办结), so the map's markers and the legend's rows ("逾期 2 处") speak of the sheet's
 * day, never of deadline dates. The sheet's copy of each case carries its light in {@link #LIGHT_FIELD} (a value
 * derived for drawing, never stored). Pure and thread-safe; its {@link #onDay} is what print's day style asks.
 */
public final class CaseSheetLights {

    /** The derived field holding a case's light label on the sheet's day. */
    public static final String LIGHT_FIELD = "traffic_light";

    private CaseSheetLights() {
    }

    /** {@code layer} unchanged unless it is the case layer; the case layer classed by light on {@code day}. */
    public static MapLayer onDay(MapLayer layer, LocalDate day) {
        if (!layer.tableName().equals(SupervisionCase.TABLE)) {
            return layer;
        }
        List<Feature> lit = new ArrayList<>(layer.layer().features().size());
        for (Feature feature : layer.layer().features()) {
            CaseStatus status = CaseStatus.fromLabel(feature.text(CaseLifecycle.STATUS)).orElse(null);
            LocalDate deadline = feature.get("deadline") instanceof LocalDate date ? date : null;
            TrafficLight light = TrafficLight.of(status, deadline, day, TrafficLight.DEFAULT_WARNING_DAYS);
            Map<String, Object> values = new LinkedHashMap<>(feature.attributes());
            values.put(LIGHT_FIELD, light.label());
            lit.add(new Feature(feature.id(), feature.geometry(), values));
        }
        Map<String, Symbolizer> byLight = new LinkedHashMap<>();
        for (TrafficLight light : TrafficLight.values()) {
            byLight.put(light.label(), CaseStyles.marker(light));
        }
        LabelRule label = layer.style().labelRule().orElse(null);
        LayerStyle style = new LayerStyle(CaseStyles.marker(TrafficLight.GREEN), LIGHT_FIELD, byLight, label);
        return new MapLayer(new Layer(layer.layer().info(), lit), style, layer.visible(), layer.opacity());
    }
}
