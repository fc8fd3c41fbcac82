package rectimap.store;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import rectimap.model.StoreException;
import rectimap.model.StoreProblem;

/**
 * Writes moves that are not in a project file yet: at open, those an earlier session left in the project's
 * {@link RecoveryJournal} (it died, or closed while the file could not be written); at Save As, those still waiting
 * in the session, into the copy.
 */
final class RecoveryReplay {
    private static final Logger LOG = Logger.getLogger(RecoveryReplay.class.getName());

    private RecoveryReplay() {
    }

    /**
     * Writes the recovery journal's moves not yet in the file (those past its {@link RecoveryMark}), one
     * transaction each, then deletes the journal. A move that cannot be written for a passing reason (the file is
     * held, the disk full...) fails the open and keeps the journal for the next try; one that does not fit the file
     * any more (another program changed it) sets the journal aside ({@code .not-applied}) and the open goes on.
     *
     * @return the number of moves (steps done, undone, redone) and review records written
     */
    static int replay(Path file, JournalTransactions transactions) {
        RecoveryJournal recovery = RecoveryJournal.of(file);
        if (recovery.existing().isEmpty()) {
            return 0;
        }
        int moves = 0;
        try {
            List<PendingWrite> left = recovery.read();
            Optional<RecoveryMark> mark = transactions.recoveryMark();
            for (PendingWrite pending : left) {
                if (mark.isPresent() && mark.get().covers(pending)) {
                    continue;
                }
                try {
                    transactions.write(pending);
                } catch (StoreException e) {
                    if (SqliteFailures.isPassing(e)) {
                        throw e;
                    }
                    LOG.log(Level.WARNING, "unsaved moves of " + file + " do not fit the file any more; kept in "
                            + recovery.setAside() + ": " + e.getMessage(), e);
                    return moves;
                }
                if (pending.write() instanceof JournalWrite.Move || pending.write() instanceof JournalWrite.Review) {
                    moves++;
                }
            }
            recovery.clear();
            return moves;
        } catch (IOException | SQLException e) {
            throw new StoreException(StoreProblem.WRITE_FAILED, file, "re-applying the unsaved moves kept in "
                    + recovery.existing().map(Path::toString).orElse("the recovery journal") + ": " + e.getMessage(), e);
        }
    }

    /** Writes {@code waiting} into {@code copy} (a whole project file, not open elsewhere), in order. */
    static void writeInto(Path copy, List<PendingWrite> waiting) {
        if (waiting.isEmpty()) {
            return;
        }
        JournalTransactions transactions = JournalTransactions.open(copy);
        try {
            waiting.forEach(transactions::write);
        } finally {
            transactions.close();
        }
    }
}
