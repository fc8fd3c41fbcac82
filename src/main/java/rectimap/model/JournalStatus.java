package rectimap.model;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Where the project file stands against the edits the user made: every move written ({@link #SAVED}), or
 * {@code unsavedMoves} moves (do, undo, redo, a setting) kept in memory and in a recovery journal, waiting to be
 * written because of {@code problem} (another program holds the file, the disk is full, no write permission...) and
 * retried by themselves. {@code problem} is null exactly when nothing is unsaved.
 *
 * @param file         the project file
 * @param unsavedMoves moves the user made that are not in the file yet (0 when saved)
 * @param problem      why they are not written yet; null when saved
 */
public record JournalStatus(Path file, int unsavedMoves, StoreProblem problem) {
    /** Saved: nothing is waiting. */
    public static JournalStatus saved(Path file) {
        return new JournalStatus(file, 0, null);
    }

    public JournalStatus {
        Objects.requireNonNull(file, "file");
        if ((unsavedMoves == 0) != (problem == null)) {
            throw new IllegalArgumentException("unsaved moves " + unsavedMoves + " with problem " + problem);
        }
    }

    /** Whether everything the user did is in the file. */
    public boolean isSaved() {
        return problem == null;
    }
}
