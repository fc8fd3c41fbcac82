package rectimap.exchange;

/**
 * A record the import changed or left out: 0-based record number, why (Chinese and English) and what was done.
 */
public record RecordNote(long record, String reasonZh, String reasonEn, Action action)
        implements rectimap.model.BilingualReason {

    /** What the import did with the record. */
    public enum Action { REPAIRED, SKIPPED }
}
