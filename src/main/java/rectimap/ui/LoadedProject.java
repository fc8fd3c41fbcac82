package rectimap.ui;

import java.util.List;
import java.util.Map;
import rectimap.model.ChangeSet;
import rectimap.model.EditJournal;
import rectimap.model.Project;
import rectimap.render.RenderLayer;

/**
 * A project read from disk, built off the FX thread and handed over once: the project, its render layers, where
 * edits are made durable ({@code journal}, null when open read-only), the undo history read back from the file and
 * its cursor, things to tell the user (message keys taking the file name as {0} and {@code recoveredMoves} as
 * {1}: steps an earlier session left unsaved that the opening wrote) and the file itself (Save As, layer states,
 * close).
 */
public record LoadedProject(Project project, Map<String, RenderLayer> renderLayers, EditJournal journal,
                            List<ChangeSet> history, int historyCursor, List<String> noticeKeys,
                            OpenProjectFile file, int recoveredMoves) {
    public LoadedProject {
        renderLayers = Map.copyOf(renderLayers);
        history = List.copyOf(history);
        noticeKeys = List.copyOf(noticeKeys);
    }

    /** A project opened for viewing only, with no history. */
    public LoadedProject(Project project, Map<String, RenderLayer> renderLayers) {
        this(project, renderLayers, null, List.of(), 0, List.of(), OpenProjectFile.VIEW_ONLY, 0);
    }

    public boolean isWritable() {
        return journal != null;
    }
}
