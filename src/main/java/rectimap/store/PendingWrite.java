package rectimap.store;

/**
 * A write in the journal's queue: {@code seq} counts the writes of the session {@code origin} (a random id per
 * journal), so the pair names it across a crash and a replay (see {@link RecoveryMark}).
 */
record PendingWrite(String origin, long seq, JournalWrite write) {
}
