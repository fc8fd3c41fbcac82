package rectimap.ui.shared;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.stage.Window;
import rectimap.edit.EditSession;
import rectimap.model.RefusedReplay;
import rectimap.model.StepConflict;
import rectimap.ui.Messages;
import rectimap.ui.OpenProjectFile;

/**
 * The window's conflict dialogs for the open project: one per step the shared project refused, whether refused
 * now ({@link #refused}) or sent again at this opening from the outbox an earlier session left
 * ({@link OpenProjectFile#watchRefusedSteps}, said on the status line first). A decision in a dialog tells the file
 * ({@link OpenProjectFile#conflictSettled}); when the project closes its dialogs close undecided, so their steps are
 * offered again at the next opening. FX thread.
 */
public final class ConflictDialogs {
    private final Window owner;
    private final Messages messages;
    private final Supplier<Optional<EditSession>> sessions;
    private final Consumer<String> say;
    private final List<ConflictDialog> open = new ArrayList<>();
    private OpenProjectFile file = OpenProjectFile.VIEW_ONLY;

    public ConflictDialogs(Window owner, Messages messages, Supplier<Optional<EditSession>> sessions,
            Consumer<String> say) {
        this.owner = owner;
        this.messages = messages;
        this.sessions = sessions;
        this.say = say;
    }

    /** Follows the project file just shown: its steps refused at this opening open dialogs. */
    public void follow(OpenProjectFile shown) {
        closed();
        file = shown;
        shown.watchRefusedSteps(replay -> Platform.runLater(() -> {
            if (file == shown) {
                StepConflict refused = replay.conflict();
                say.accept(messages.format("store.CONFLICT", refused.file(), refused.subject()));
                open(refused, Optional.of(replay));
            }
        }));
    }

    /** Opens the dialog for {@code refused}, a step of the open project the server refused just now. */
    public void refused(StepConflict refused) {
        open(refused, Optional.empty());
    }

    private void open(StepConflict refused, Optional<RefusedReplay> replayed) {
        open.removeIf(dialog -> !dialog.isShowing());
        OpenProjectFile of = file;
        ConflictDialog.open(owner, messages, refused, replayed, sessions, say, () -> of.conflictSettled(refused))
                .ifPresent(open::add);
    }

    /** The project closed: its dialogs close without a decision. */
    public void closed() {
        List<ConflictDialog> leaving = List.copyOf(open);
        open.clear();
        leaving.forEach(ConflictDialog::leave);
        file = OpenProjectFile.VIEW_ONLY;
    }
}
