package rectimap.cli;

import java.math.BigDecimal;
import java.util.Locale;
import rectimap.media.PhotoException;

/** The user's sentence for a photo that cannot be taken ({@code photo.<PROBLEM>} with the file and the detail). */
final class PhotoText {
    /** How many bad files a refused batch names before it only counts them. */
    static final int NAMES_SHOWN = 10;

    private PhotoText() {
    }

    static String of(Locale locale, PhotoException failure) {
        return UserText.format(locale, "photo." + failure.problem().name(), failure.file(), failure.detail());
    }

    /**
     * The sentence for a batch refused for its bad pictures: one bad file as {@link #of}, with the project unchanged;
     * several named (the first {@value #NAMES_SHOWN} with why, then how many) with what to do.
     */
    static String ofAll(Locale locale, rectimap.media.BadPicturesException failure) {
        java.util.List<PhotoException> bad = failure.bad();
        if (bad.size() == 1) {
            return of(locale, bad.get(0)) + " " + UserText.format(locale, "photo.unchanged");
        }
        java.util.List<String> named = bad.stream().limit(NAMES_SHOWN).map(one -> UserText.format(locale,
                "photo.folder.badItem", one.file().getFileName(), UserText.format(locale,
                        "photo.folder.reason." + one.problem().name()))).toList();
        String list = String.join(UserText.format(locale, "photo.folder.separator"), named);
        if (bad.size() > NAMES_SHOWN) {
            list += " " + UserText.format(locale, "photo.folder.andMore", bad.size());
        }
        return UserText.format(locale, "photo.badBatch", bad.size(), list);
    }

    /** Metres without a trailing ".0". */
    static String metres(double metres) {
        return BigDecimal.valueOf(metres).stripTrailingZeros().toPlainString();
    }
}
