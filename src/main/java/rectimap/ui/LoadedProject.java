package rectimap.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.Map;
import rectimap.model.ChangeSet;
import rectimap.model.EditJournal;
import rectimap.model.Project;
import rectimap.render.RenderLayer;

/**
 * A project read from disk, built off the FX thread and handed over once: the project, its render layers, where
 * edits are made durable ({@code journal}, null when open read-only), the undo history read back from the file and
 * its cursor, things to tell the user (message keys taking the file name as {0}), how to close the file (waits
 * for pending writes) and how to save a consistent copy of it elsewhere (Save As; completes when the copy is whole).
 */
public record LoadedProject(Project project, Map<String, RenderLayer> renderLayers, EditJournal journal,
                            List<ChangeSet> history, int historyCursor, List<String> noticeKeys, Runnable closer,
                            Function<Path, CompletableFuture<Void>> saver) {
    public LoadedProject {
        renderLayers = Map.copyOf(renderLayers);
        history = List.copyOf(history);
        noticeKeys = List.copyOf(noticeKeys);
    }

    /** A project opened for viewing only, with no history. */
    public LoadedProject(Project project, Map<String, RenderLayer> renderLayers) {
        this(project, renderLayers, null, List.of(), 0, List.of(), () -> { },
                target -> CompletableFuture.failedFuture(new UnsupportedOperationException("view only")));
    }

    public boolean isWritable() {
        return journal != null;
    }
}
