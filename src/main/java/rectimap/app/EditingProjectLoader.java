package rectimap.app;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
                    project.savedHistory(), project.journal().isPresent() ? project.tablesWithQgisStyle() : Set.of()));
            Project assembled = read.project().withLayers(LayerDisplayStates.applyTo(read.project().layers(),
                    read.layerStates()));
            // Only layers never styled for QGIS get a write (usually none after the first opening): a write queued
            // now would run beside the first frame and hold up the settings the window reads through the journal.
            List<rectimap.store.LayerDisplayState> unstyled = qgisStyles(assembled, read.qgisStyled());
            if (!unstyled.isEmpty()) {
                project.journal().ifPresent(journal -> journal.recordMissingQgisStyles(unstyled));
            }
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

    /**
     * Each layer not in {@code styled} as shown (its style, the default one when never restyled), for QGIS's
     * layer_styles.
     */
    private static List<rectimap.store.LayerDisplayState> qgisStyles(Project project, Set<String> styled) {
        List<rectimap.store.LayerDisplayState> states = new ArrayList<>();
        int order = 0;
        for (rectimap.model.MapLayer layer : project.layers()) {
            if (!styled.contains(layer.tableName())) {
                states.add(new rectimap.store.LayerDisplayState(layer.tableName(), order, layer.visible(),
                        layer.opacity(), layer.style()));
            }
            order++;
        }
        return states;
    }

    /**
     * What one read transaction read: the assembled layers, their saved display states, the undo history and the
     * layers that have a QGIS style already.
     */
    private record Snapshot(Project project, java.util.List<rectimap.store.LayerDisplayState> layerStates,
                            rectimap.store.SavedHistory history, Set<String> qgisStyled) {
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
