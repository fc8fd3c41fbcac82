package rectimap.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import rectimap.model.LayerRole;
import rectimap.model.StoreException;
import rectimap.store.ProjectFile;
import rectimap.store.ProjectFiles;
import rectimap.store.SpatialIndexRepair;

/**
 * {@code check --repair}: opens the project for editing (so never while a Rectimap edits it), rebuilds every broken
 * spatial index in one transaction and says which, before the check runs.
 */
final class SpatialIndexRebuild {
    private SpatialIndexRebuild() {
    }

    /**
     * Rebuilds the broken indexes of {@code project}, printing one line when there were any.
     *
     * @throws StoreException when the project cannot be opened for editing (in use, read-only) or written
     */
    static void run(Path project, List<String> args, PrintStream out) {
        try (ProjectFile file = ProjectFiles.open(project)) {
            List<String> damaged = SpatialIndexRepair.damaged(file.store(), EnumSet.allOf(LayerRole.class));
            if (!damaged.isEmpty()) {
                SpatialIndexRepair.rebuild(file.store(), damaged);
                out.println(UserText.format(UserText.localeOf(args), "spatialIndex.rebuilt", project,
                        String.join(", ", damaged)));
            }
        }
    }
}
