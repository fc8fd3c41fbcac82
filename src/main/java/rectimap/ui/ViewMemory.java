package rectimap.ui;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import javafx.scene.control.SplitPane;
import rectimap.model.ProjectSettings;
import rectimap.render.Viewport;
import rectimap.ui.map.MapViewModel;

/**
 * What comes back when a project is opened again: its last map view (centre and ground size of a pixel, so the
 * same scale) under {@code view.<absolute path>}, and the panel sizes (the main split's dividers) under
 * {@code panels.dividers}, both in the user's own settings, so a read-only session remembers too. Text that does
 * not parse is ignored. FX thread.
 */
final class ViewMemory {
    private static final String DIVIDERS = "panels.dividers";
    private final ProjectSettings user;

    ViewMemory(ProjectSettings user) {
        this.user = user;
    }

    /** Keeps the view of {@code project} and the dividers of {@code split}. */
    void remember(Path project, MapViewModel map, SplitPane split) {
        if (project == null || map.project() == null) {
            return;
        }
        Viewport view = map.viewport();
        user.write(key(project), String.format(Locale.ROOT, "%.3f %.3f %.6f", view.centerX(), view.centerY(),
                view.metresPerPixel()));
        user.write(DIVIDERS, String.join(" ", Arrays.stream(split.getDividerPositions())
                .mapToObj(d -> String.format(Locale.ROOT, "%.4f", d)).toList()));
    }

    /** Shows {@code project}'s last view, if one was kept. */
    void restoreView(Path project, MapViewModel map) {
        if (project == null) {
            return;
        }
        numbers(user.read(key(project)), 3).ifPresent(n -> {
            Viewport now = map.viewport();
            if (n[2] > 0) {
                map.setViewport(new Viewport(n[0], n[1], n[2], now.widthPx(), now.heightPx()));
            }
        });
    }

    /** Sets the dividers kept last time, if any. */
    void restorePanels(SplitPane split) {
        numbers(user.read(DIVIDERS), split.getDividers().size()).ifPresent(split::setDividerPositions);
    }

    private static String key(Path project) {
        return "view." + project.toAbsolutePath().normalize();
    }

    private static Optional<double[]> numbers(Optional<String> text, int count) {
        try {
            double[] values = text.map(t -> Arrays.stream(t.strip().split("\\s+")).mapToDouble(Double::parseDouble)
                    .toArray()).orElse(null);
            return values != null && values.length == count ? Optional.of(values) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
