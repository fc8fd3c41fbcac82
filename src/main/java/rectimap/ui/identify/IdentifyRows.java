package rectimap.ui.identify;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import rectimap.geo.Measure;
import rectimap.model.Feature;
import rectimap.model.GeometryKind;
import rectimap.model.LayerInfo;
import rectimap.ui.Messages;

/**
 * What the identify panel lists for a feature: the layer, every attribute under its label, the official division
 * code when the feature has one, and its area (m², 亩, 公顷) or length (m, km) on the CGCS2000 ellipsoid.
 */
public final class IdentifyRows {
    private static final String CODE_FIELD = "code";

    private IdentifyRows() {
    }

    public static List<IdentifyRow> of(LayerInfo layer, Feature feature, Messages messages) {
        List<IdentifyRow> rows = new ArrayList<>();
        rows.add(new IdentifyRow(messages.get("identify.layer"), layer.title()));
        String code = feature.text(CODE_FIELD);
        if (code.length() == 12 && code.chars().allMatch(Character::isDigit)) {
            rows.add(new IdentifyRow(messages.get("identify.code"), code));
        }
        for (Map.Entry<String, Object> attribute : feature.attributes().entrySet()) {
            if (attribute.getKey().equals(CODE_FIELD) && code.length() == 12) {
                continue;
            }
            Object value = attribute.getValue();
            rows.add(new IdentifyRow(messages.fieldLabel(attribute.getKey()), value == null ? "" : value.toString()));
        }
        GeometryKind kind = layer.type().geometryKind();
        if (kind.isAreal() || feature.geometry().getDimension() == 2) {
            double m2 = Measure.areaM2(feature.geometry());
            rows.add(new IdentifyRow(messages.get("identify.areaM2"), number(m2, "#,##0")));
            rows.add(new IdentifyRow(messages.get("identify.areaMu"), number(Measure.m2ToMu(m2), "#,##0.0")));
            rows.add(new IdentifyRow(messages.get("identify.areaHa"), number(Measure.m2ToHectares(m2), "#,##0.00")));
            rows.add(new IdentifyRow(messages.get("identify.measuredBy"), messages.get("identify.measureNote")));
        } else if (kind.isLineal() || feature.geometry().getDimension() == 1) {
            double m = Measure.lengthM(feature.geometry());
            rows.add(new IdentifyRow(messages.get("identify.lengthM"), number(m, "#,##0.0")));
            rows.add(new IdentifyRow(messages.get("identify.lengthKm"), number(m / 1000, "#,##0.000")));
            rows.add(new IdentifyRow(messages.get("identify.measuredBy"), messages.get("identify.measureNote")));
        }
        return rows;
    }

    private static String number(double value, String pattern) {
        return new DecimalFormat(pattern, DecimalFormatSymbols.getInstance(Locale.ROOT)).format(value);
    }
}
