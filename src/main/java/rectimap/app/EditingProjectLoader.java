package rectimap.app;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import rectimap.campaign.ProjectAssembler;
import rectimap.install.UserFolders;
import rectimap.model.Project;
import rectimap.render.RenderLayer;
import rectimap.store.LayerDisplayStates;
import rectimap.store.OpenNotice;
import rectimap.store.ProjectFile;
import rectimap.store.ProjectFiles;
import rectimap.store.ProjectInUseException;
import rectimap.store.RecentProjects;
import rectimap.store.UserSettingsFile;
import rectimap.ui.LoadedProject;
import rectimap.ui.ProjectLoader;

/**
 * Opens a project for editing (its journal makes every edit durable), or read-only when another Rectimap is editing
 * it, with the undo history read back and what to tell the user. Asked for the shipped reference sample under
 * {@code maps/}, it opens the planner's working copy of it instead ({@link SampleProject}), made on first use: edits
 * never touch the shipped map. Background thread.
 */
final class EditingProjectLoader implements ProjectLoader {
    private final Path referenceSample;
    private final RecentProjects recent = new RecentProjects(UserFolders.current().config().resolve("recent.txt"));
    private final UserSettingsFile userSettings = new UserSettingsFile(UserFolders.current().config().resolve(
            "settings.properties"));

    EditingProjectLoader(Path referenceSample) {
        this.referenceSample = referenceSample.toAbsolutePath().normalize();
    }

    @Override
    public Path create(Path target, Path districtFile) {
        ProjectFiles.createFromSample(districtFile, target, SampleProject.emptyPlanningLayers()).close();
        return target;
    }

    @Override
    public rectimap.exchange.SourceOpener.GeoPackageLayers geoPackageLayers() {
        return new rectimap.exchange.GeoPackageExchange();
    }

    @Override
    public rectimap.exchange.LayerExport.GeoPackageWriter geoPackageWriter() {
        return new rectimap.exchange.GeoPackageExchange();
    }

    @Override
    public rectimap.model.ProjectSettings userSettings() {
        return userSettings;
    }

    @Override
    public java.util.List<Path> recent() {
        return recent.list();
    }

    @Override
    public LoadedProject loadShared(String address, char[] password) {
        return SharedProjectLoading.load(address, password);
    }

    @Override
    public LoadedProject load(Path file) {
        Path target = isReferenceSample(file) ? workingCopy() : file;
        ProjectFile opened;
        try {
            opened = ProjectFiles.open(target);
        } catch (ProjectInUseException inUse) {
            opened = ProjectFiles.openReadOnly(target);
        }
        ProjectFile project = opened;
        try {
            addMissingPlanningLayers(project);
            // One read transaction: another Rectimap editing the file meanwhile (this one is then read-only) must
            // not land an edit between the layers, the history and its cursor read here.
            Snapshot read = project.store().readConsistently(() -> new Snapshot(
                    ProjectAssembler.assemble(target, project.store()), project.layerStates(),
                    project.savedHistory()));
            Project assembled = read.project().withLayers(LayerDisplayStates.applyTo(read.project().layers(),
                    read.layerStates()));
            project.journal().ifPresent(journal -> journal.recordMissingQgisStyles(qgisStyles(assembled)));
            Map<String, RenderLayer> render = GeoPackageProjectLoader.renderLayers(assembled);
            List<String> notices = new ArrayList<>();
            for (OpenNotice notice : project.notices()) {
                notices.add("project.notice." + notice.name());
            }
            recent.remember(target.toAbsolutePath());
            return new LoadedProject(assembled, render, project.journal().orElse(null), read.history().steps(),
                    read.history().cursor(), notices, new StoredProjectFile(project),
                    project.recoveredMoves());
        } catch (RuntimeException e) {
            project.close();
            throw e;
        }
    }

    /** Each layer as shown (its style, the default one when never restyled), for QGIS's layer_styles. */
    private static List<rectimap.store.LayerDisplayState> qgisStyles(Project project) {
        List<rectimap.store.LayerDisplayState> states = new ArrayList<>();
        for (rectimap.model.MapLayer layer : project.layers()) {
            states.add(new rectimap.store.LayerDisplayState(layer.tableName(), states.size(), layer.visible(),
                    layer.opacity(), layer.style()));
        }
        return states;
    }

    /** What one read transaction read: the assembled layers, their saved display states and the undo history. */
    private record Snapshot(Project project, java.util.List<rectimap.store.LayerDisplayState> layerStates,
                            rectimap.store.SavedHistory history) {
    }

    /**
     * A project made before a planning layer existed (e.g. 督办件, 村隶属调整) gets it, empty, when opened for editing:
     * the campaign panels need it, and an empty table changes nothing the user made. Not an undo step.
     */
    private static void addMissingPlanningLayers(ProjectFile project) {
        if (project.journal().isEmpty()) {
            return;
        }
        java.util.Set<String> present = new java.util.HashSet<>();
        project.store().layers().forEach(info -> present.add(info.tableName()));
        for (rectimap.model.Layer layer : SampleProject.emptyPlanningLayers()) {
            if (!present.contains(layer.tableName())) {
                project.store().write(layer);
            }
        }
    }

    @Override
    public Path fileOpenedFor(Path file) {
        return isReferenceSample(file) ? SampleProject.location() : file;
    }

    private boolean isReferenceSample(Path file) {
        return file.toAbsolutePath().normalize().equals(referenceSample);
    }

    private Path workingCopy() {
        try {
            return SampleProject.ensure(referenceSample);
        } catch (java.io.IOException e) {
            throw new rectimap.model.StoreException(rectimap.model.StoreProblem.WRITE_FAILED, SampleProject.location(),
                    "cannot create the sample project: " + e.getMessage(), e);
        }
    }
}
