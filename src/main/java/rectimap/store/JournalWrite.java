package rectimap.store;

import java.sql.SQLException;
import rectimap.model.ChangeSet;

/**
 * One thing the journal writes as one transaction. Moves, settings and review records are what the user did: while
 * they cannot be written they are kept in the {@link RecoveryJournal}; other work (QGIS styles the session derives
 * again) is retried in this session only.
 */
sealed interface JournalWrite {
    /** What the write does, for messages ("writing step 新增 责任区"). */
    String action();

    /** Whether it is kept in the recovery journal while unsaved. */
    default boolean durable() {
        return true;
    }

    /** Runs the write's statements inside the transaction the caller owns. */
    void applyTo(JournalTransactions transactions) throws SQLException;

    /** A step done, undone (then {@code step} is the inverse) or redone. */
    record Move(ChangeLogRows.Action kind, ChangeSet step) implements JournalWrite {
        @Override
        public String action() {
            return switch (kind) {
                case DONE -> "writing step ";
                case UNDONE -> "undoing step ";
                case REDONE -> "redoing step ";
            } + step.name();
        }

        @Override
        public void applyTo(JournalTransactions transactions) throws SQLException {
            switch (kind) {
                case DONE -> transactions.done(step);
                case UNDONE -> transactions.undone(step);
                case REDONE -> transactions.redone(step);
            }
        }
    }

    /** A project setting stored under {@code key}. */
    record Setting(String key, String value) implements JournalWrite {
        @Override
        public String action() {
            return "writing setting " + key;
        }

        @Override
        public void applyTo(JournalTransactions transactions) throws SQLException {
            transactions.run(connection -> SettingRows.write(connection, key, value));
        }
    }

    /** A review verdict or a planner's site mark, appended to the review tables ({@link ReviewRows}). */
    record Review(ReviewEntry entry) implements JournalWrite {
        @Override
        public String action() {
            return entry.action();
        }

        @Override
        public void applyTo(JournalTransactions transactions) throws SQLException {
            transactions.run(entry::appendTo);
        }
    }

    /** Other work on the connection (QGIS styles); not kept across sessions. */
    record Other(String action, JournalTransactions.Work work) implements JournalWrite {
        @Override
        public boolean durable() {
            return false;
        }

        @Override
        public void applyTo(JournalTransactions transactions) throws SQLException {
            transactions.run(work);
        }
    }
}
