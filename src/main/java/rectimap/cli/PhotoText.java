package rectimap.cli;

import java.math.BigDecimal;
import java.util.Locale;
import rectimap.media.PhotoException;

/** The user's sentence for a photo that cannot be taken ({@code photo.<PROBLEM>} with the file and the detail). */
final class PhotoText {
    private PhotoText() {
    }

    static String of(Locale locale, PhotoException failure) {
        return UserText.format(locale, "photo." + failure.problem().name(), failure.file(), failure.detail());
    }

    /** Metres without a trailing ".0". */
    static String metres(double metres) {
        return BigDecimal.valueOf(metres).stripTrailingZeros().toPlainString();
    }
}
