package rectimap.exchange.shapefile;

import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import rectimap.model.Feature;
import rectimap.model.Field;

/**
 * Plans the DBF columns for a layer: names cut to 10 bytes at a character boundary (a repeat gets a number),
 * text widths from the longest value (1..254 bytes), integer widths from the longest number, reals as N 24 with
 * as many of 15 decimals as fit, dates as D 8. Stateless.
 */
final class DbfColumns {
    static final int NAME_BYTES = 10;
    static final int MAX_TEXT_BYTES = 254;
    static final int REAL_WIDTH = 24;
    static final int REAL_DECIMALS = 15;

    private DbfColumns() {
    }

    static ShapefileExportPlan plan(List<Field> fields, List<Feature> features, Charset charset) {
        List<ShapefileExportPlan.Column> columns = new ArrayList<>();
        Set<String> taken = new HashSet<>();
        long cut = 0;
        for (Field field : fields) {
            String name = uniqueName(field.name(), charset, taken);
            switch (field.type()) {
                case TEXT -> {
                    int width = 1;
                    for (Feature feature : features) {
                        Object value = feature.get(field.name());
                        if (value != null) {
                            int bytes = value.toString().getBytes(charset).length;
                            cut += bytes > MAX_TEXT_BYTES ? 1 : 0;
                            width = Math.max(width, Math.min(bytes, MAX_TEXT_BYTES));
                        }
                    }
                    columns.add(new ShapefileExportPlan.Column(field.name(), name, 'C', width, 0));
                }
                case INTEGER -> {
                    int width = 1;
                    for (Feature feature : features) {
                        if (feature.get(field.name()) instanceof Number number) {
                            width = Math.max(width, Long.toString(number.longValue()).length());
                        }
                    }
                    columns.add(new ShapefileExportPlan.Column(field.name(), name, 'N', Math.max(width, 9), 0));
                }
                case REAL -> {
                    int integerDigits = 1;
                    for (Feature feature : features) {
                        if (feature.get(field.name()) instanceof Number number && Double.isFinite(number.doubleValue())) {
                            integerDigits = Math.max(integerDigits,
                                    new BigDecimal(number.doubleValue()).toBigInteger().toString().length());
                        }
                    }
                    int decimals = Math.max(0, Math.min(REAL_DECIMALS, REAL_WIDTH - 2 - integerDigits));
                    int width = Math.max(REAL_WIDTH, integerDigits + 2 + decimals);
                    columns.add(new ShapefileExportPlan.Column(field.name(), name, 'N', width, decimals));
                }
                case DATE -> columns.add(new ShapefileExportPlan.Column(field.name(), name, 'D', 8, 0));
            }
        }
        return new ShapefileExportPlan(columns, cut);
    }

    /** {@code name} cut to 10 bytes; when taken (ignoring case), its end replaced by 2, 3, ... */
    static String uniqueName(String name, Charset charset, Set<String> taken) {
        String candidate = cut(name, charset, NAME_BYTES);
        for (int n = 2; !taken.add(candidate.toLowerCase(Locale.ROOT)); n++) {
            String suffix = Integer.toString(n);
            candidate = cut(name, charset, NAME_BYTES - suffix.length()) + suffix;
        }
        return candidate;
    }

    /** The longest prefix of {@code text} whose encoding fits {@code maxBytes}. */
    static String cut(String text, Charset charset, int maxBytes) {
        if (text.getBytes(charset).length <= maxBytes) {
            return text;
        }
        int end = 0;
        int bytes = 0;
        while (end < text.length()) {
            int next = text.offsetByCodePoints(end, 1);
            int length = text.substring(end, next).getBytes(charset).length;
            if (bytes + length > maxBytes) {
                break;
            }
            bytes += length;
            end = next;
        }
        return text.substring(0, end);
    }
}
