package rectimap.geo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * Areas and lengths as a planner reads them, written one way for the identify panel, the command line, sheets and
 * reports: "12,345 m² · 18.5 亩 · 1.23 公顷" (km² instead of m² from 1 km² on), "856 m", "12,345 m · 12.3 km". Each
 * number keeps about three significant digits (never fewer than its whole part), grouped with commas in both
 * languages. Units from {@code rectimap/geo/figures*.properties} (亩/公顷 in Chinese, mu/ha in English). Stateless and
 * safe from any thread.
 */
public final class FigureText {
    private static final String SEPARATOR = " · ";
    private static final double M2_PER_KM2 = 1_000_000;
    private static final double M_PER_KM = 1_000;
    private static final int SIGNIFICANT_DIGITS = 3;
    private static final int MAX_DECIMALS = 3;

    private FigureText() {
    }

    /** An ellipsoidal area in square metres as m² (or km²), 亩 and 公顷 in the language of {@code locale}. */
    public static String area(double areaM2, Locale locale) {
        ResourceBundle units = units(locale);
        String metric = areaM2 >= M2_PER_KM2 ? unit(units, "area.km2", areaM2 / M2_PER_KM2)
                : unit(units, "area.m2", areaM2);
        return metric + SEPARATOR + unit(units, "area.mu", Measure.m2ToMu(areaM2)) + SEPARATOR
                + unit(units, "area.ha", Measure.m2ToHectares(areaM2));
    }

    /** An ellipsoidal length in metres: metres alone below 1 km, else metres and kilometres. */
    public static String length(double lengthM, Locale locale) {
        ResourceBundle units = units(locale);
        String metres = unit(units, "length.m", lengthM);
        return lengthM < M_PER_KM ? metres : metres + SEPARATOR + unit(units, "length.km", lengthM / M_PER_KM);
    }

    /**
     * {@code value} with about three significant digits, no trailing zeros and comma grouping: 12,345 · 18.5 · 1.23 ·
     * 0.052 · 10.
     */
    public static String number(double value) {
        if (value == 0 || !Double.isFinite(value)) {
            return value == 0 ? "0" : Double.toString(value);
        }
        int wholeDigits = (int) Math.floor(Math.log10(Math.abs(value))) + 1;
        int decimals = Math.max(0, Math.min(MAX_DECIMALS, SIGNIFICANT_DIGITS - wholeDigits));
        BigDecimal rounded = BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_UP);
        DecimalFormat grouped = new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.ROOT));
        grouped.setMaximumFractionDigits(decimals);
        return grouped.format(rounded);
    }

    private static String unit(ResourceBundle units, String key, double value) {
        return MessageFormat.format(units.getString(key), number(value));
    }

    private static ResourceBundle units(Locale locale) {
        return ResourceBundle.getBundle("rectimap.geo.figures", "en".equals(locale.getLanguage()) ? Locale.ENGLISH
                : Locale.SIMPLIFIED_CHINESE, ResourceBundle.Control.getNoFallbackControl(
                        ResourceBundle.Control.FORMAT_PROPERTIES));
    }
}
