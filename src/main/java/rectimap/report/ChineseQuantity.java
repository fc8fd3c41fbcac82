package rectimap.report;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Numbers as the campaign summary writes them: whole numbers plainly ("2901"), from 10,000 on in 万 with one decimal
 * ("17.1万"), fractions with at most one decimal ("35.5"), trailing ".0" dropped. Pure.
 */
public final class ChineseQuantity {
    private static final double TEN_THOUSAND = 10_000;

    private ChineseQuantity() {
    }

    public static String format(double value) {
        if (Math.abs(value) >= TEN_THOUSAND) {
            return oneDecimal(value / TEN_THOUSAND) + "万";
        }
        return oneDecimal(value);
    }

    private static String oneDecimal(double value) {
        return BigDecimal.valueOf(value).setScale(1, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }
}
