package rectimap.ui;

import java.util.Locale;
import java.util.OptionalDouble;

/** Reads a typed map scale: "1:50000", "1:50,000", "50000" or "1：5万" (full-width colon, 万) → the denominator. */
public final class ScaleEntry {
    private ScaleEntry() {
    }

    public static OptionalDouble parse(String typed) {
        if (typed == null) {
            return OptionalDouble.empty();
        }
        String s = typed.strip().replace('：', ':').replace(",", "").replace("，", "").replace(" ", "")
                .toLowerCase(Locale.ROOT);
        int colon = s.indexOf(':');
        if (colon >= 0) {
            if (!s.substring(0, colon).equals("1")) {
                return OptionalDouble.empty();
            }
            s = s.substring(colon + 1);
        }
        double multiplier = 1;
        if (s.endsWith("万")) {
            multiplier = 10_000;
            s = s.substring(0, s.length() - 1);
        }
        try {
            double value = Double.parseDouble(s) * multiplier;
            return value >= 1 && Double.isFinite(value) ? OptionalDouble.of(value) : OptionalDouble.empty();
        } catch (NumberFormatException e) {
            return OptionalDouble.empty();
        }
    }
}
