package rectimap.app;

import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import rectimap.store.ProjectFile;
import rectimap.ui.OpenProjectFile;

/** The window's view of an open {@link ProjectFile}: Save As and close. */
final class StoredProjectFile implements OpenProjectFile {
    private final ProjectFile file;

    StoredProjectFile(ProjectFile file) {
        this.file = file;
    }

    @Override
    public CompletableFuture<Void> saveAs(Path target) {
        return file.saveAs(target);
    }

    @Override
    public void close() {
        file.close();
    }
}
