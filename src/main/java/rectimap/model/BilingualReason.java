package rectimap.model;

/**
 * A reason told in two languages ({@link #reasonZh}, {@link #reasonEn}): a field's problem, a refused campaign action,
 * an import's note on a record. Its labels are the reason, so the window and the command line choose the language of
 * every reason the one way they choose a {@link Bilingual} value's.
 */
public interface BilingualReason extends Bilingual {

    /** The reason in Chinese. */
    String reasonZh();

    /** The reason in English. */
    String reasonEn();

    @Override
    default String label() {
        return reasonZh();
    }

    @Override
    default String labelEn() {
        return reasonEn();
    }
}
