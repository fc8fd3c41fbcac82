package rectimap.store;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import rectimap.model.style.Emphasis;
import rectimap.model.style.LabelRule;
import rectimap.model.style.LayerStyle;
import rectimap.model.style.MarkerShape;
import rectimap.model.style.Rgba;
import rectimap.model.style.Symbolizer;

/**
 * A {@link LayerStyle} as readable text, for {@code rectimap_layer_state.style} and inside history steps. One line
 * per part, fields separated by tabs (tab, newline and backslash in names escaped):
 * <pre>
 * base      fill stroke strokeMm casing casingMm marker markerMm
 * classField name
 * class     value fill stroke …
 * label     field maxScale sizeMm colour halo priority
 * emphasis  field value fill stroke …
 * </pre>
 * Colours are {@code #rrggbb/alpha}, numbers Java's shortest exact decimal form, so a style read back
 * {@code equals} the one written (undo after reopening restores it exactly). Pure.
 */
final class LayerStyleText {
    private LayerStyleText() {
    }

    static String write(LayerStyle style) {
        StringBuilder text = new StringBuilder();
        line(text, "base", symbol(style.base()));
        if (style.classField() != null) {
            line(text, "classField", escape(style.classField()));
        }
        new java.util.TreeMap<>(style.classes()).forEach((value, symbol) ->
                line(text, "class", escape(value) + "\t" + symbol(symbol)));
        LabelRule label = style.label();
        if (label != null) {
            line(text, "label", escape(label.field()) + "\t" + label.maxScaleDenominator() + "\t" + label.sizeMm()
                    + "\t" + colour(label.color()) + "\t" + colour(label.halo()) + "\t" + label.priority());
        }
        for (Emphasis emphasis : style.emphases()) {
            line(text, "emphasis", escape(emphasis.field()) + "\t" + escape(emphasis.value()) + "\t"
                    + symbol(emphasis.symbolizer()));
        }
        return text.toString();
    }

    /** @throws IllegalArgumentException when the text is not a style this class wrote */
    static LayerStyle read(String text) {
        try {
            return parse(text);
        } catch (IndexOutOfBoundsException e) {
            throw new IllegalArgumentException("a style line lacks fields: " + e.getMessage(), e);
        }
    }

    private static LayerStyle parse(String text) {
        Symbolizer base = null;
        String classField = null;
        Map<String, Symbolizer> classes = new HashMap<>();
        LabelRule label = null;
        List<Emphasis> emphases = new ArrayList<>();
        for (String line : text.split("\n")) {
            if (line.isEmpty()) {
                continue;
            }
            String[] f = line.split("\t", -1);
            switch (f[0]) {
                case "base" -> base = symbol(f, 1);
                case "classField" -> classField = unescape(f[1]);
                case "class" -> classes.put(unescape(f[1]), symbol(f, 2));
                case "label" -> label = new LabelRule(unescape(f[1]), Double.parseDouble(f[2]),
                        Double.parseDouble(f[3]), colour(f[4]), colour(f[5]), Integer.parseInt(f[6]));
                case "emphasis" -> emphases.add(new Emphasis(unescape(f[1]), unescape(f[2]), symbol(f, 3)));
                default -> throw new IllegalArgumentException("unknown style line '" + f[0] + "'");
            }
        }
        if (base == null) {
            throw new IllegalArgumentException("a style needs a base line");
        }
        return new LayerStyle(base, classField, classes, label, emphases);
    }

    private static void line(StringBuilder text, String kind, String fields) {
        text.append(kind).append('\t').append(fields).append('\n');
    }

    private static String symbol(Symbolizer s) {
        return colour(s.fill()) + "\t" + colour(s.stroke()) + "\t" + s.strokeWidthMm() + "\t" + colour(s.casing())
                + "\t" + s.casingWidthMm() + "\t" + (s.marker() == null ? "-" : s.marker().name()) + "\t"
                + s.markerSizeMm();
    }

    private static Symbolizer symbol(String[] f, int at) {
        return new Symbolizer(colour(f[at]), colour(f[at + 1]), Double.parseDouble(f[at + 2]), colour(f[at + 3]),
                Double.parseDouble(f[at + 4]), f[at + 5].equals("-") ? null : MarkerShape.valueOf(f[at + 5]),
                Double.parseDouble(f[at + 6]));
    }

    private static String colour(Rgba c) {
        return c == null ? "-" : String.format(java.util.Locale.ROOT, "#%02x%02x%02x/%s", c.red(), c.green(), c.blue(), c.alpha());
    }

    private static Rgba colour(String text) {
        if (text.equals("-")) {
            return null;
        }
        int slash = text.indexOf('/');
        return Rgba.hex(text.substring(0, slash)).withAlpha(Double.parseDouble(text.substring(slash + 1)));
    }

    private static String escape(String value) {
        return value == null ? "\\0" : value.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n");
    }

    private static String unescape(String text) {
        if (text.equals("\\0")) {
            return null;
        }
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\' && i + 1 < text.length()) {
                char next = text.charAt(++i);
                out.append(next == 't' ? '\t' : next == 'n' ? '\n' : next);
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
