package rectimap.ui.exchange;

import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.VBox;
import rectimap.exchange.InvalidGeometryPolicy;
import rectimap.exchange.RecordNote;
import rectimap.ui.Messages;

/**
 * Step 3 of the import wizard: what to do with invalid geometries (repair or skip), the progress bar, the
 * outcome sentence and the records repaired or left out. A view only; {@link ImportJob} drives it. FX thread.
 */
final class ImportRunPage extends VBox {
    final ProgressBar progress = new ProgressBar(0);
    final Label result = new Label();
    final ListView<String> notes = new ListView<>();
    private final RadioButton repair;
    private final RadioButton skip;
    private final Messages messages;

    ImportRunPage(Messages messages) {
        super(8);
        this.messages = messages;
        setId("importStepRun");
        ToggleGroup invalid = new ToggleGroup();
        repair = new RadioButton(messages.get("import.invalidRepair"));
        repair.setId("importInvalidRepair");
        repair.setToggleGroup(invalid);
        repair.setSelected(true);
        skip = new RadioButton(messages.get("import.invalidSkip"));
        skip.setId("importInvalidSkip");
        skip.setToggleGroup(invalid);
        progress.setId("importProgress");
        progress.setMaxWidth(Double.MAX_VALUE);
        result.setId("importResult");
        result.setWrapText(true);
        notes.setId("importNotes");
        notes.setPrefHeight(160);
        getChildren().addAll(new Label(messages.get("import.invalidQuestion")), repair, skip, progress, result, notes);
    }

    InvalidGeometryPolicy policy() {
        return skip.isSelected() ? InvalidGeometryPolicy.SKIP : InvalidGeometryPolicy.REPAIR;
    }

    /** Lists the records repaired or left out; {@code unlisted} more were counted but not kept. */
    void showNotes(List<RecordNote> recordNotes, long unlisted) {
        notes.getItems().clear();
        for (RecordNote note : recordNotes) {
            notes.getItems().add(messages.format("import.note." + note.action().name(), note.record() + 1,
                    messages.label(note)));
        }
        if (unlisted > 0) {
            notes.getItems().add(messages.format("import.notesMore", unlisted));
        }
    }

    /** Ends a run: the bar full on success, empty otherwise, and the outcome sentence. */
    void showFinished(String message, boolean success) {
        progress.progressProperty().unbind();
        progress.setProgress(success ? 1 : 0);
        result.textProperty().unbind();
        result.setText(message);
    }
}
