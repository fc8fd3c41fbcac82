package rectimap.store;

/** How long the journal goes on trying a write that fails for a passing reason (see {@link WriteQueue}). */
public enum WritePatience {
    /**
     * The app: for as long as it takes, keeping the moves in the recovery journal; the user sees them waiting and
     * goes on working.
     */
    KEEP_TRYING,
    /** The command line: three tries over a few seconds, then the write fails and nothing is kept. */
    GIVE_UP;

    private static final int GIVE_UP_ATTEMPTS = 3;

    boolean givesUpAfter(int failedAttempts) {
        return this == GIVE_UP && failedAttempts >= GIVE_UP_ATTEMPTS;
    }
}
