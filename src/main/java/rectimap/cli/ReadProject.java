package rectimap.cli;

import java.nio.file.Path;
import rectimap.model.FeatureStore;

/**
 * A project open for a reading command: a GeoPackage file or a shared PostgreSQL project behind the same port, and
 * the name messages give it (the file, or {@code database@host:port} for a shared project).
 */
record ReadProject(FeatureStore store, Path label) implements AutoCloseable {
    @Override
    public void close() {
        store.close();
    }
}
