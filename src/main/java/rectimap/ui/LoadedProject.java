package rectimap.ui;

import java.util.Map;
import rectimap.model.Project;
import rectimap.render.RenderLayer;

/** A project read from disk together with its render layers, built off the FX thread and handed over once. */
public record LoadedProject(Project project, Map<String, RenderLayer> renderLayers) {
    public LoadedProject {
        renderLayers = Map.copyOf(renderLayers);
    }
}
