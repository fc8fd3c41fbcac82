package rectimap.model;

import java.util.Arrays;
import java.util.Optional;

/**
 * A value or sentence the campaign names in two languages: its Chinese label — for the bilingual enums also what the
 * project stores (整改中, 空白, 整改前) — and its English label for {@code --lang en}. Refusals and reasons (a field's
 * problem, a refused edit, a clip report, an import's record note) are Bilingual too, so "English or Chinese" is
 * chosen in one place ({@link #label(boolean)}, the window's {@code Messages.label}). The one home of the lookups the
 * bilingual enums share.
 */
public interface Bilingual {

    /** The Chinese label (for an enum also the stored value). */
    String label();

    /** The English label. */
    String labelEn();

    /** The label in English when {@code english}, else the Chinese one. */
    default String label(boolean english) {
        return english ? labelEn() : label();
    }

    /** The constant of {@code type} stored as {@code label}, empty for any other text (null included). */
    static <E extends Enum<E> & Bilingual> Optional<E> fromLabel(Class<E> type, String label) {
        return Arrays.stream(type.getEnumConstants()).filter(e -> e.label().equals(label)).findFirst();
    }

    /** Every stored label of {@code type} in declaration order (an attribute form's choices). */
    static <E extends Enum<E> & Bilingual> String[] labels(Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).map(Bilingual::label).toArray(String[]::new);
    }
}
