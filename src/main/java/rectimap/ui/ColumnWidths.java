package rectimap.ui;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import javafx.animation.PauseTransition;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.util.Duration;
import rectimap.model.ProjectSettings;

/**
 * Remembers the column widths of tables in the user's own settings (like the main split's dividers, see
 * {@code ViewMemory}): under {@code columns.<table id>} as {@code <column id>=<width>} pairs. {@link #keep} sets the
 * widths kept last time, then stores them again a moment after the user stops resizing. Columns without an id,
 * unknown ids and text that does not parse are ignored. FX thread.
 */
public final class ColumnWidths {
    private static final Duration QUIET = Duration.millis(300);
    private final ProjectSettings user;

    public ColumnWidths(ProjectSettings user) {
        this.user = user;
    }

    /** Restores {@code table}'s kept widths and keeps them from now on; {@code table} must have an id. */
    public void keep(TableView<?> table) {
        String key = "columns." + table.getId();
        Map<String, Double> kept = parse(user.read(key).orElse(""));
        PauseTransition later = new PauseTransition(QUIET);
        later.setOnFinished(e -> user.write(key, text(table)));
        for (TableColumn<?, ?> column : table.getColumns()) {
            Double width = kept.get(column.getId());
            if (width != null) {
                column.setPrefWidth(width);
            }
            column.widthProperty().addListener((o, was, now) -> later.playFromStart());
        }
    }

    private static String text(TableView<?> table) {
        return table.getColumns().stream().filter(c -> c.getId() != null)
                .map(c -> c.getId() + "=" + String.format(Locale.ROOT, "%.1f", c.getWidth()))
                .collect(Collectors.joining(" "));
    }

    private static Map<String, Double> parse(String text) {
        return Arrays.stream(text.strip().split("\\s+")).map(pair -> pair.split("=", 2))
                .filter(p -> p.length == 2 && number(p[1]) > 0)
                .collect(Collectors.toMap(p -> p[0], p -> number(p[1]), (a, b) -> b));
    }

    private static double number(String text) {
        try {
            return Double.parseDouble(text);
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
