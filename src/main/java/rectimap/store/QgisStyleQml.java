package rectimap.store;

import java.util.Locale;
import java.util.Map;
import rectimap.model.GeometryKind;
import rectimap.model.style.LabelRule;
import rectimap.model.style.LayerStyle;
import rectimap.model.style.MarkerShape;
import rectimap.model.style.Rgba;
import rectimap.model.style.Symbolizer;

/**
 * A layer's style as QGIS 3 QML (what QGIS stores in {@code layer_styles.styleQML} and applies on load): a single
 * symbol, or categories on the class field with the base symbol for other values; fills with their opacity,
 * strokes and marker sizes in millimetres, a casing as a wider line under the stroke; labels (PAL settings) on the
 * label field with size in millimetres, halo and the largest scale denominator they show at.
 */
final class QgisStyleQml {
    private QgisStyleQml() {
    }

    /** The QML document for {@code style} on a layer of {@code kind}. */
    static String of(LayerStyle style, GeometryKind kind) {
        String type = symbolType(kind);
        StringBuilder qml = new StringBuilder("<!DOCTYPE qgis PUBLIC 'http://mrcc.com/qgis.dtd' 'SYSTEM'>\n")
                .append("<qgis version=\"3.22.16-Białowieża\" styleCategories=\"Symbology|Labeling\">\n");
        if (style.classField() == null || style.classes().isEmpty()) {
            qml.append(" <renderer-v2 type=\"singleSymbol\" symbollevels=\"0\" forceraster=\"0\" enableorderby=\"0\">\n")
                    .append("  <symbols>\n").append(symbol("0", type, style.base())).append("  </symbols>\n");
        } else {
            qml.append(" <renderer-v2 type=\"categorizedSymbol\" attr=\"").append(xml(style.classField()))
                    .append("\" symbollevels=\"0\" forceraster=\"0\" enableorderby=\"0\">\n  <categories>\n");
            int i = 0;
            for (String value : style.classes().keySet()) {
                qml.append("   <category render=\"true\" symbol=\"").append(i++).append("\" value=\"").append(xml(value))
                        .append("\" label=\"").append(xml(value)).append("\"/>\n");
            }
            qml.append("   <category render=\"true\" symbol=\"").append(i).append("\" value=\"\" label=\"\"/>\n")
                    .append("  </categories>\n  <symbols>\n");
            i = 0;
            for (Map.Entry<String, Symbolizer> entry : style.classes().entrySet()) {
                qml.append(symbol(String.valueOf(i++), type, entry.getValue()));
            }
            qml.append(symbol(String.valueOf(i), type, style.base())).append("  </symbols>\n")
                    .append("  <source-symbol>\n").append(symbol("0", type, style.base())).append("  </source-symbol>\n");
        }
        qml.append(" </renderer-v2>\n");
        style.labelRule().ifPresent(label -> qml.append(labeling(label)));
        return qml.append(" <layerOpacity>1</layerOpacity>\n</qgis>\n").toString();
    }

    private static String symbolType(GeometryKind kind) {
        return switch (kind) {
            case POINT, MULTIPOINT -> "marker";
            case LINESTRING, MULTILINESTRING -> "line";
            default -> "fill";
        };
    }

    private static String symbol(String name, String type, Symbolizer s) {
        StringBuilder out = new StringBuilder("   <symbol type=\"").append(type).append("\" name=\"").append(name)
                .append("\" alpha=\"1\" clip_to_extent=\"1\" force_rhr=\"0\">\n");
        switch (type) {
            case "marker" -> out.append(layer("SimpleMarker", "name", shape(s.marker()), "color", rgba(s.fill()),
                    "outline_color", rgba(s.stroke()), "outline_width", number(s.strokeWidthMm()),
                    "outline_width_unit", "MM", "size", number(s.markerSizeMm()), "size_unit", "MM"));
            case "line" -> {
                if (!s.casing().isTransparent() && s.casingWidthMm() > 0) {
                    out.append(line(s.casing(), s.casingWidthMm()));
                }
                out.append(line(s.stroke(), s.strokeWidthMm()));
            }
            default -> out.append(layer("SimpleFill", "color", rgba(s.fill()), "style",
                    s.fill().isTransparent() ? "no" : "solid", "outline_color", rgba(s.stroke()), "outline_style",
                    s.stroke().isTransparent() ? "no" : "solid", "outline_width", number(s.strokeWidthMm()),
                    "outline_width_unit", "MM"));
        }
        return out.append("   </symbol>\n").toString();
    }

    private static String line(Rgba color, double widthMm) {
        return layer("SimpleLine", "line_color", rgba(color), "line_style", "solid", "line_width", number(widthMm),
                "line_width_unit", "MM", "capstyle", "round", "joinstyle", "round");
    }

    private static String layer(String className, String... options) {
        StringBuilder out = new StringBuilder("    <layer class=\"").append(className)
                .append("\" enabled=\"1\" pass=\"0\" locked=\"0\">\n     <Option type=\"Map\">\n");
        for (int i = 0; i < options.length; i += 2) {
            out.append("      <Option name=\"").append(options[i]).append("\" type=\"QString\" value=\"")
                    .append(xml(options[i + 1])).append("\"/>\n");
        }
        return out.append("     </Option>\n    </layer>\n").toString();
    }

    private static String labeling(LabelRule label) {
        return " <labeling type=\"simple\">\n  <settings calloutType=\"simple\">\n"
                + "   <text-style fieldName=\"" + xml(label.field()) + "\" isExpression=\"0\" fontSize=\""
                + number(label.sizeMm()) + "\" fontSizeUnit=\"MM\" textColor=\"" + rgba(label.color())
                + "\" textOpacity=\"1\" fontFamily=\"WenQuanYi Micro Hei\"/>\n"
                + "   <text-buffer bufferDraw=\"" + (label.halo().isTransparent() ? 0 : 1)
                + "\" bufferSize=\"0.6\" bufferSizeUnits=\"MM\" bufferColor=\"" + rgba(label.halo())
                + "\" bufferOpacity=\"1\"/>\n"
                + "   <placement placement=\"0\" priority=\"" + Math.max(0, Math.min(10, label.priority())) + "\"/>\n"
                + "   <rendering scaleVisibility=\"" + (label.maxScaleDenominator() > 0 ? 1 : 0) + "\" scaleMin=\""
                + number(label.maxScaleDenominator()) + "\" scaleMax=\"0\" obstacle=\"1\"/>\n"
                + "  </settings>\n </labeling>\n";
    }

    private static String shape(MarkerShape shape) {
        return switch (shape) {
            case SQUARE -> "square";
            case TRIANGLE -> "triangle";
            case DIAMOND -> "diamond";
            case STAR -> "star";
            default -> "circle";
        };
    }

    /** QGIS colour text "r,g,b,a" with alpha 0..255. */
    static String rgba(Rgba c) {
        return c.red() + "," + c.green() + "," + c.blue() + "," + Math.round(c.alpha() * 255);
    }

    private static String number(double value) {
        return String.format(Locale.ROOT, "%s", value == Math.rint(value) ? String.valueOf((long) value)
                : String.valueOf(value));
    }

    private static String xml(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
