package rectimap.geo;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/**
 * Area figures as a planner reads them, in one place for every sheet, panel and report: 亩 with digit grouping and
 * sensible decimals ("518.2 亩", "146,235 亩"), and a readable size for large areas ("113.2 km²（16.98 万亩）").
 * Never raw square metres with nine digits. Chinese unit words, or English ("mu", "ha", "km²") for
 * {@link Locale#ENGLISH}. Stateless.
 */
public final class AreaText {

    /** From this many 亩 on, figures drop their decimal (146,235 亩, not 146,234.7 亩). */
    private static final double WHOLE_MU = 10_000;
    /** From one square kilometre on, {@link #readable} speaks in km². */
    private static final double M2_PER_KM2 = 1_000_000;

    private AreaText() {
    }

    /** "0.9 亩", "518.2 亩", "146,235 亩" (English: "518.2 mu"). */
    public static String mu(double areaM2, Locale language) {
        double mu = Measure.m2ToMu(areaM2);
        String number = grouped(mu, mu >= WHOLE_MU ? 0 : 1);
        return number + (english(language) ? " mu" : " 亩");
    }

    /** "34.5 公顷" (English: "34.5 ha"). */
    public static String hectares(double areaM2, Locale language) {
        double hectares = Measure.m2ToHectares(areaM2);
        return grouped(hectares, hectares >= 1_000 ? 0 : 1) + (english(language) ? " ha" : " 公顷");
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

    private static String grouped(double value, int decimals) {
        DecimalFormat format = new DecimalFormat(decimals == 0 ? "#,##0" : "#,##0.0",
                DecimalFormatSymbols.getInstance(Locale.ROOT));
        return format.format(value);
    }
}
