package rectimap.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import rectimap.model.StoreException;
import rectimap.model.StoreProblem;

/**
 * Writes a basemap package into a GeoPackage of its own (the window's 下载底图 fetches into one beside the project,
 * so the project's writer keeps editing meanwhile, and then moves it into the project:
 * {@link GeoPackageJournal#moveInTilePackage}). The package is built in {@code <file>.part}, a copy of the package
 * when there is one already, and moved in place only when complete: a cancelled, failed or crashed download leaves
 * no file that looks complete, and an existing package stays as it was. A stale part from a crash is removed first.
 */
public final class TilePackageFile {
    /** What a package under construction adds to its file name. */
    public static final String PART_SUFFIX = ".part";

    private TilePackageFile() {
    }

    /**
     * Stores the tiles {@code feed} gives into {@code target} (created, or added to).
     *
     * @return the tiles stored, or -1 when cancelled ({@code progress}); the target is then unchanged
     * @throws E             what the feed throws (a service failure), after the part file is removed
     * @throws StoreException WRITE_FAILED, DISK_FULL, NO_WRITE_PERMISSION: the part file is removed
     */
    public static <E extends Exception> long write(Path target, TilePackage pkg, TilePackage.TileFeed<E> feed,
                                                   BulkProgress progress) throws E {
        Path part = target.resolveSibling(target.getFileName() + PART_SUFFIX);
        boolean kept = false;
        try {
            fileStep(target, () -> {
                Files.createDirectories(target.getParent());
                Files.deleteIfExists(part);
                if (Files.isRegularFile(target)) {
                    Files.copy(target, part);
                }
            });
            long written;
            try (GeoPackageStore store = Files.exists(part) ? GeoPackageStore.open(part, AccessMode.READ_WRITE)
                    : GeoPackageStore.create(part)) {
                written = store.writeTilePackage(pkg, feed, progress);
            }
            if (written >= 0) {
                fileStep(target, () -> Files.move(part, target, StandardCopyOption.REPLACE_EXISTING,
                        StandardCopyOption.ATOMIC_MOVE));
                kept = true;
            }
            return written;
        } finally {
            if (!kept) {
                deleteQuietly(part);
            }
        }
    }

    /**
     * Deletes a package file whose tiles are in the project now (or were given up), with its rollback journal, and
     * the tile folder when nothing else is left in it. Quiet: a file that cannot be deleted is moved in again at the
     * next opening, which changes nothing.
     */
    public static void remove(Path packageFile) {
        deleteQuietly(packageFile);
        try {
            Files.deleteIfExists(packageFile.toAbsolutePath().getParent());
        } catch (IOException e) {
            // Not empty (another package, a part) or not ours to delete: it stays.
        }
    }

    /** A step on the files themselves (not the feed's), its failure told as the store's. */
    private interface FileStep {
        void run() throws IOException;
    }

    private static void fileStep(Path target, FileStep step) {
        try {
            step.run();
        } catch (IOException e) {
            throw new StoreException(e.getMessage() != null && e.getMessage().contains("No space")
                    ? StoreProblem.DISK_FULL : StoreProblem.WRITE_FAILED, target, "writing a basemap package", e);
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
            Files.deleteIfExists(file.resolveSibling(file.getFileName() + "-journal"));
        } catch (IOException e) {
            // Nothing shows a part file; the next download removes it.
        }
    }
}
