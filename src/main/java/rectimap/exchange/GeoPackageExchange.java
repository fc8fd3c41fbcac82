package rectimap.exchange;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import rectimap.model.Layer;
import rectimap.model.LayerInfo;
import rectimap.model.StoreException;
import rectimap.store.AccessMode;
import rectimap.store.GeoPackageStore;

/**
 * The GeoPackage side of import and export, over the store: reads a layer of another GeoPackage (read-only, never locking it) and
 * writes a layer as a new GeoPackage. Blocking; any thread (each call opens its own connection).
 */
public final class GeoPackageExchange implements SourceOpener.GeoPackageLayers, LayerExport.GeoPackageWriter {

    @Override
    public Layer read(Path file, String tableName) throws ExchangeException {
        try (GeoPackageStore store = GeoPackageStore.open(file, AccessMode.READ_ONLY)) {
            List<LayerInfo> layers = store.layers();
            if (tableName == null) {
                if (layers.size() != 1) {
                    throw new ExchangeException(ExchangeProblem.UNSUPPORTED, file, -1, "the GeoPackage has "
                            + layers.size() + " layers; choose one of " + layers.stream().map(LayerInfo::tableName)
                            .toList());
                }
                tableName = layers.get(0).tableName();
            }
            return store.load(tableName);
        } catch (StoreException e) {
            throw new ExchangeException(ExchangeProblem.CORRUPT, file, -1, e.problem() + ": " + e.getMessage(), e);
        }
    }

    @Override
    public List<String> tableNames(Path file) throws ExchangeException {
        try (GeoPackageStore store = GeoPackageStore.open(file, AccessMode.READ_ONLY)) {
            return store.layers().stream().map(LayerInfo::tableName).toList();
        } catch (StoreException e) {
            throw new ExchangeException(ExchangeProblem.CORRUPT, file, -1, e.problem() + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void writeNew(Path file, Layer layer) throws IOException {
        try (GeoPackageStore store = GeoPackageStore.create(file)) {
            store.write(layer);
        } catch (StoreException e) {
            throw new IOException(e.getMessage(), e);
        }
    }
}
