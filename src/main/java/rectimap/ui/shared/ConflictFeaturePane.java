package rectimap.ui.shared;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import rectimap.edit.ConflictChoice;
import rectimap.edit.ConflictPick;
import rectimap.model.FeatureConflict;
import rectimap.model.LayerInfo;
import rectimap.ui.Messages;

/**
 * One conflicted feature in the conflict dialog: its title (layer, id, who and when) and a grid — part, before,
 * mine, theirs, and a mine/theirs choice per part ({@link ConflictRow}); an add or delete on either side is one
 * "要素" line chosen whole. The radio ids name the table, feature and part: {@code conflict-TABLE-FID-PART-mine}.
 */
final class ConflictFeaturePane {
    private final FeatureConflict conflict;
    private final LayerInfo info;
    private final List<ConflictRow> rows;
    private final List<RadioButton> mine = new ArrayList<>();
    private final VBox node;

    ConflictFeaturePane(FeatureConflict conflict, LayerInfo info, Messages messages, String title) {
        this.conflict = conflict;
        this.info = info;
        this.rows = ConflictRow.of(conflict, info, messages);
        String who = conflict.theirUser().isEmpty() ? messages.get("conflict.someone") : conflict.theirUser();
        GridPane grid = new GridPane();
        grid.setHgap(14);
        grid.setVgap(6);
        grid.addRow(0, bold(messages.get("conflict.part")), bold(messages.get("conflict.base")),
                bold(messages.get("conflict.mine")), bold(messages.format("conflict.theirs", who)),
                bold(messages.get("conflict.take")));
        if (rows.isEmpty()) {
            addRow(grid, 1, "feature", messages.get("conflict.feature"), "",
                    wholeText(conflict.base() == null, conflict.mine() == null, messages),
                    conflict.theirs() == null ? messages.get("conflict.deleted") : messages.get("conflict.changed"),
                    messages);
        }
        for (int i = 0; i < rows.size(); i++) {
            ConflictRow row = rows.get(i);
            addRow(grid, i + 1, row.field() == null ? "geometry" : row.field(), row.label(), row.base(), row.mine(),
                    row.theirs(), messages);
        }
        Label heading = bold(title);
        heading.setId("conflictTitle-" + conflict.tableName() + "-" + conflict.featureId());
        node = new VBox(6, heading, grid);
        choose(ConflictChoice.COMBINE);
    }

    Node node() {
        return node;
    }

    /** Sets every choice as {@code choice} would settle it. */
    void choose(ConflictChoice choice) {
        ConflictPick preset = ConflictPick.of(choice, conflict, info);
        if (rows.isEmpty()) {
            select(0, !preset.isNone());
            return;
        }
        for (int i = 0; i < rows.size(); i++) {
            ConflictRow row = rows.get(i);
            select(i, row.field() == null ? preset.geometry() : preset.fields().contains(row.field()));
        }
    }

    /** The parts the user chose to keep as mine. */
    ConflictPick pick() {
        if (rows.isEmpty()) {
            return mine.get(0).isSelected() ? ConflictPick.of(ConflictChoice.MINE, conflict, info) : ConflictPick.none();
        }
        boolean geometry = false;
        Set<String> fields = new LinkedHashSet<>();
        for (int i = 0; i < rows.size(); i++) {
            if (mine.get(i).isSelected()) {
                if (rows.get(i).field() == null) {
                    geometry = true;
                } else {
                    fields.add(rows.get(i).field());
                }
            }
        }
        return new ConflictPick(geometry, fields);
    }

    private void select(int row, boolean takeMine) {
        RadioButton my = mine.get(row);
        ((RadioButton) my.getToggleGroup().getToggles().get(takeMine ? 0 : 1)).setSelected(true);
    }

    private void addRow(GridPane grid, int at, String part, String label, String base, String my, String their,
            Messages messages) {
        ToggleGroup group = new ToggleGroup();
        String id = "conflict-" + conflict.tableName() + "-" + conflict.featureId() + "-" + part;
        RadioButton takeMine = new RadioButton(messages.get("conflict.takeMine"));
        takeMine.setId(id + "-mine");
        takeMine.setToggleGroup(group);
        RadioButton takeTheirs = new RadioButton(messages.get("conflict.takeTheirs"));
        takeTheirs.setId(id + "-theirs");
        takeTheirs.setToggleGroup(group);
        mine.add(takeMine);
        grid.addRow(at, new Label(label), new Label(base), new Label(my), new Label(their),
                new HBox(8, takeMine, takeTheirs));
    }

    private static String wholeText(boolean added, boolean deleted, Messages messages) {
        return messages.get(added ? "conflict.added" : deleted ? "conflict.deleted" : "conflict.changed");
    }

    private static Label bold(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("heading");
        return label;
    }
}
