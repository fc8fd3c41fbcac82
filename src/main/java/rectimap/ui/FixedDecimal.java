package rectimap.ui;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * A number as the status bar and the scale box write it: a {@link DecimalFormat} pattern with the root locale's
 * digits and separators whatever the interface language. The formats are made once per pattern, not at every
 * pointer move or view change of a pan (each new one looked up the locale's symbols on the FX thread). FX thread only.
 */
public final class FixedDecimal {
    private static final DecimalFormatSymbols ROOT = DecimalFormatSymbols.getInstance(Locale.ROOT);
    private static final Map<String, DecimalFormat> FORMATS = new HashMap<>();

    private FixedDecimal() {
    }

    /** {@code value} written with {@code pattern}, e.g. "#,##0" or "0.000000". */
    public static String format(double value, String pattern) {
        return FORMATS.computeIfAbsent(pattern, p -> new DecimalFormat(p, ROOT)).format(value);
    }
}
