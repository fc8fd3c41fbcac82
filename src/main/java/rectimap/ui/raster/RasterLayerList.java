package rectimap.ui.raster;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import rectimap.model.ProjectSettings;
import rectimap.raster.RasterLayer;

/**
 * How a project keeps its raster layers: under {@link #KEY} of the project's settings (the {@code rectimap_settings}
 * table, written by the journal's writer in order with edits; a read-only session keeps it in memory), one line per
 * layer, first lowest: {@code shown|hidden <tab> opacity <tab> location}. The file itself stays outside the project
 * (a path, absolute as chosen): imagery of several gigabytes is not copied into the GeoPackage. Lines that do not
 * read are skipped.
 */
final class RasterLayerList {

    static final String KEY = "raster.layers";

    /** One kept layer. */
    record Entry(String location, boolean visible, double opacity) {
    }

    private RasterLayerList() {
    }

    static List<Entry> read(ProjectSettings settings) {
        List<Entry> entries = new ArrayList<>();
        for (String line : settings.read(KEY).orElse("").split("\n")) {
            String[] parts = line.split("\t", 3);
            if (parts.length < 3 || parts[2].isBlank()) {
                continue;
            }
            try {
                double opacity = Math.max(0, Math.min(1, Double.parseDouble(parts[1])));
                entries.add(new Entry(parts[2], !parts[0].equals("hidden"), opacity));
            } catch (NumberFormatException skipped) {
                // A hand-edited or damaged line: leave that layer out rather than fail the project.
            }
        }
        return entries;
    }

    static void write(ProjectSettings settings, List<RasterLayer> layers) {
        StringBuilder text = new StringBuilder();
        for (RasterLayer layer : layers) {
            text.append(layer.visible() ? "shown" : "hidden").append('\t')
                    .append(String.format(Locale.ROOT, "%.3f", layer.opacity())).append('\t')
                    .append(layer.location()).append('\n');
        }
        settings.write(KEY, text.toString());
    }
}
