package rectimap.app;

import java.util.List;
import java.util.Map;
import rectimap.campaign.ProjectAssembler;
import rectimap.model.Project;
import rectimap.render.RenderLayer;
import rectimap.store.LayerDisplayStates;
import rectimap.store.pg.PgAddress;
import rectimap.store.pg.PgFeatureStore;
import rectimap.store.pg.PgOwnHistory;
import rectimap.store.pg.SeenVersions;
import rectimap.ui.LoadedProject;

/**
 * Opens a shared project for the window (File → 打开共享项目…): every layer read once with its row versions, styled
 * and shown as the project says, edits through the version-checked journal, this user's history as the change log
 * left it (its steps of earlier sessions and of the command line can be undone).
 */
final class SharedProjectLoading {
    private SharedProjectLoading() {
    }

    /**
     * Loads the project at {@code address}; {@code password} null = from .pgpass. Background thread.
     *
     * @throws rectimap.model.StoreException     the server is unreachable, refuses the login, holds no project…
     * @throws PgAddress.BadAddress the address cannot be read
     */
    static LoadedProject load(String address, char[] password) {
        PgFeatureStore store = PgFeatureStore.open(PgAddress.parse(address), password);
        try {
            SeenVersions seen = new SeenVersions();
            Project assembled = ProjectAssembler.assemble(store.address().label(), new VersionRecordingStore(store,
                    seen));
            assembled = assembled.withLayers(LayerDisplayStates.applyTo(assembled.layers(), store.layerStates()));
            Map<String, RenderLayer> render = GeoPackageProjectLoader.renderLayers(assembled);
            PgOwnHistory own = store.ownHistory();
            SharedProjectFile file = new SharedProjectFile(store, seen, own);
            // An earlier version's project this login could not upgrade: it is told who must open it once.
            List<String> notices = store.outdated() ? List.of("shared.outdated") : List.of();
            return new LoadedProject(assembled, render, file.journal(), own.steps(), own.cursor(), notices, file, 0);
        } catch (RuntimeException e) {
            store.close();
            throw e;
        }
    }

    /** The store as the assembler reads it, remembering each feature's version on the way. */
    private record VersionRecordingStore(PgFeatureStore store, SeenVersions seen)
            implements rectimap.model.FeatureStore {
        @Override
        public List<rectimap.model.LayerInfo> layers() {
            return store.layers();
        }

        @Override
        public rectimap.model.Layer load(String tableName) {
            List<rectimap.store.pg.VersionedFeature> rows = store.loadVersioned(tableName);
            seen.sawAll(tableName, rows);
            return new rectimap.model.Layer(store.layers().stream().filter(l -> l.tableName().equals(tableName))
                    .findFirst().orElseThrow(), rows.stream().map(rectimap.store.pg.VersionedFeature::feature)
                    .toList());
        }

        @Override
        public List<rectimap.model.Feature> query(String tableName, org.locationtech.jts.geom.Envelope bbox) {
            return store.query(tableName, bbox);
        }

        @Override
        public void write(rectimap.model.Layer layer) {
            store.write(layer);
        }

        @Override
        public void close() {
        }
    }
}
