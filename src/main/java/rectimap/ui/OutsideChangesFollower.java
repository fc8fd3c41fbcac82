package rectimap.ui;

import java.util.Optional;
import java.util.function.Consumer;
import javafx.application.Platform;
import rectimap.edit.EditSession;
import rectimap.edit.UndoHistory;
import rectimap.ui.tools.MapEditing;

/**
 * Keeps the open editing session in step with its file while other programs change it: when the file says it was
 * changed, asks it to re-read (off the FX thread, after every edit made so far) and shows the result in one hop
 * back. A result that a later edit made stale (the session moved meanwhile) is dropped and asked for again, so the
 * session never loses a move. Then tells the file that the session names features as the file does. FX thread,
 * except the file's callback.
 */
final class OutsideChangesFollower {
    private final MapEditing editing;
    private final Messages messages;
    private final Consumer<String> say;
    private OpenProjectFile file;
    private boolean reading;
    private boolean again;
    /** The next shown re-read is the window's own write: nothing to tell. */
    private boolean quiet;
    private boolean refusal;

    OutsideChangesFollower(MapEditing editing, Messages messages, Consumer<String> say) {
        this.editing = editing;
        this.messages = messages;
        this.say = say;
    }

    /** Follows {@code followed} (the window's newly shown project file), dropping the one followed before. */
    void follow(OpenProjectFile followed) {
        this.file = followed;
        reading = false;
        again = false;
        followed.watchOutsideChanges(() -> Platform.runLater(() -> reread(followed)));
    }

    /**
     * The window itself wrote to the file outside the edit history (attached photos and their 照片 points): the
     * layers are read again now, without telling the user of another program's changes.
     */
    void rereadOwnWrite() {
        if (file != null) {
            quiet = true;
            reread(file);
        }
    }

    /**
     * The file refused an undo or redo (another program changed its feature): re-read it and say why, even when the
     * poll's re-read already showed the other program's change.
     */
    void rereadForRefusal() {
        if (file != null) {
            refusal = true;
            reread(file);
        }
    }

    private void reread(OpenProjectFile asked) {
        Optional<EditSession> session = editing.session();
        if (asked != file || session.isEmpty()) {
            return;
        }
        if (reading) {
            again = true;
            return;
        }
        reading = true;
        long moves = session.get().moves();
        asked.reread(session.get().project()).whenComplete((read, failure) -> Platform.runLater(() -> {
            if (asked != file) {
                return;
            }
            reading = false;
            if (failure == null && read.isPresent() && session.get().moves() == moves) {
                show(read.get());
                asked.rereadShown();
            } else if (failure == null && read.isPresent()) {
                again = true;
            }
            if (again) {
                again = false;
                reread(asked);
            }
        }));
    }

    private void show(FileReread read) {
        boolean own = quiet;
        boolean toldWhy = refusal;
        quiet = false;
        refusal = false;
        if (toldWhy && read.changedTitles().isEmpty()) {
            editing.reload(read.project(), UndoHistory.of(read.history(), read.historyCursor())).ifPresent(say);
            return;
        }
        if (read.changedTitles().isEmpty() && !read.history().equals(editing.session().orElseThrow().history().steps())) {
            // Only the history moved: a shared project refused a step, which leaves this user's history.
            editing.reload(read.project(), UndoHistory.of(read.history(), read.historyCursor()));
        } else if (!read.changedTitles().isEmpty() && own) {
            editing.reload(read.project(), UndoHistory.of(read.history(), read.historyCursor()));
        } else if (!read.changedTitles().isEmpty()) {
            Optional<String> refused = editing.reload(read.project(),
                    UndoHistory.of(read.history(), read.historyCursor()));
            say.accept(refused.orElseGet(() -> read.changedBy().isEmpty()
                    ? messages.format("project.outsideChanges", String.join("、", read.changedTitles()))
                    : messages.format("project.othersChanged", String.join("、", read.changedBy()),
                            String.join("、", read.changedTitles()))));
        }
    }
}
