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
 * session never loses a move. Then tells the file that the session names features as the file does. The window's
 * own writes outside the edit history (attached photos) are shown without telling of another program (the file
 * names them, {@link FileReread#ownTitles()}), and the sentence said about such a write stays on the status bar
 * beside another program's news until a re-read holding the write is shown. FX thread, except the file's callback.
 */
final class OutsideChangesFollower {
    private final MapEditing editing;
    private final Messages messages;
    private final Consumer<String> say;
    private OpenProjectFile file;
    private boolean reading;
    private boolean again;
    private boolean refusal;
    /** What was said of the window's last own write; null once a re-read holding it is shown. */
    private String ownNote;
    /** How many own writes were told: a re-read started after the last holds them all. */
    private long ownWrites;

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
        ownNote = null;
        followed.watchOutsideChanges(() -> Platform.runLater(() -> reread(followed)));
    }

    /**
     * The window itself wrote to the file outside the edit history (attached photos and their 照片 points) and
     * said {@code said}: the layers are read again now; what the window wrote is not told as another program's
     * change, and another program's change shown meanwhile is told beside {@code said}, not instead of it.
     */
    void rereadOwnWrite(String said) {
        if (file != null) {
            ownNote = said;
            ownWrites++;
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
        long ownAt = ownWrites;
        asked.reread(session.get().project()).whenComplete((read, failure) -> Platform.runLater(() -> {
            if (asked != file) {
                return;
            }
            reading = false;
            if (failure == null && read.isPresent() && session.get().moves() == moves) {
                show(read.get());
                asked.rereadShown();
                if (ownAt == ownWrites) {
                    ownNote = null;
                }
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
        boolean toldWhy = refusal;
        refusal = false;
        UndoHistory history = UndoHistory.of(read.history(), read.historyCursor());
        if (toldWhy && read.changedTitles().isEmpty()) {
            editing.reload(read.project(), history).ifPresent(say);
        } else if (!read.changedTitles().isEmpty()) {
            Optional<String> refused = editing.reload(read.project(), history);
            say.accept(refused.orElseGet(() -> besideOwnNote(read.changedBy().isEmpty()
                    ? messages.format("project.outsideChanges", String.join("、", read.changedTitles()))
                    : messages.format("project.othersChanged", String.join("、", read.changedBy()),
                            String.join("、", read.changedTitles())))));
        } else if (!read.ownTitles().isEmpty()
                || !read.history().equals(editing.session().orElseThrow().history().steps())) {
            // The window's own photos, or only the history moved (a shared project refused a step, which leaves
            // this user's history): nothing to tell.
            editing.reload(read.project(), history);
        }
    }

    private String besideOwnNote(String news) {
        return ownNote == null ? news : messages.format("project.outsideBesideOwn", ownNote, news);
    }
}
