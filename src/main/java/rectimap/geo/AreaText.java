package rectimap.geo;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/**
 * Area figures as a planner reads them, in one place for every sheet, panel and report: 亩 with digit grouping and
 * sensible decimals ("518.2 亩", "146,235 亩"), and a readable size for large areas ("113.2 km²（16.98 万亩）").
 * Never raw square metres with nine digits. Chinese unit words, or English ("mu", "ha", "km²") for
 * {@link Locale#ENGLISH}. Lengths are written by {@link LengthText}. Stateless.
 */
public final class AreaText {

    /** From this many 亩 on, figures drop their decimal (146,235 亩, not 146,234.7 亩). */
    private static final double WHOLE_MU = 10_000;
    /** From one square kilometre on, {@link #readable} speaks in km². */
    private static final double M2_PER_KM2 = 1_000_000;
    /** Below this many hectares, {@link #hectares} keeps two decimals (1.23 公顷). */
    private static final double SMALL_HECTARES = 10;
    /** Below this many square metres, {@link #full} keeps one decimal (35.3 m²). */
    private static final double SMALL_M2 = 100;
    private static final String SEPARATOR = " · ";

    private AreaText() {
    }

    /** "0.9 亩", "518.2 亩", "146,235 亩" (English: "518.2 mu"). */
    public static String mu(double areaM2, Locale language) {
        double mu = Measure.m2ToMu(areaM2);
        String number = grouped(mu, mu >= WHOLE_MU ? 0 : 1);
        return number + (english(language) ? " mu" : " 亩");
    }

    /** "1.23 公顷", "34.5 公顷", "11,340 公顷" (English: "34.5 ha"): two decimals below 10 ha, none from 1,000 ha on. */
    public static String hectares(double areaM2, Locale language) {
        double hectares = Measure.m2ToHectares(areaM2);
        int decimals = hectares >= 1_000 ? 0 : hectares >= SMALL_HECTARES ? 1 : 2;
        return grouped(hectares, decimals) + (english(language) ? " ha" : " 公顷");
    }

    /**
     * The whole figure of a feature's area, as identify and forms show it once: square metres (km² from one km² on),
     * 亩 and 公顷 — "12,345 m² · 18.5 亩 · 1.23 公顷", "113.4 km² · 170,101 亩 · 11,340 公顷" (English "mu", "ha").
     */
    public static String full(double areaM2, Locale language) {
        String metric = areaM2 >= M2_PER_KM2 ? grouped(areaM2 / M2_PER_KM2, 1) + " km²"
                : grouped(areaM2, areaM2 >= SMALL_M2 ? 0 : 1) + " m²";
        return metric + SEPARATOR + mu(areaM2, language) + SEPARATOR + hectares(areaM2, language);
    }

    /**
     * The size of any area for a sentence: 亩 below one km² ("518.2 亩"), else km² with the 亩 beside it
     * ("113.2 km²（169,800 亩）"; English "113.2 km² (169,800 mu)").
     */
    public static String readable(double areaM2, Locale language) {
        if (areaM2 < M2_PER_KM2) {
            return mu(areaM2, language);
        }
        String km2 = grouped(areaM2 / M2_PER_KM2, 1) + " km²";
        return english(language) ? km2 + " (" + mu(areaM2, language) + ")" : km2 + "（" + mu(areaM2, language) + "）";
    }

    private static boolean english(Locale language) {
        return language != null && language.getLanguage().equals(Locale.ENGLISH.getLanguage());
    }

    /** {@code value} with comma grouping and exactly {@code decimals} decimals, the same in both languages. */
    static String grouped(double value, int decimals) {
        DecimalFormat format = new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.ROOT));
        format.setMinimumFractionDigits(decimals);
        format.setMaximumFractionDigits(decimals);
        return format.format(value);
    }
}
