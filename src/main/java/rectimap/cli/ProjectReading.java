package rectimap.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import rectimap.model.StoreException;
import rectimap.store.AccessMode;
import rectimap.store.GeoPackageStore;
import rectimap.store.OpenNotice;
import rectimap.store.UnfinishedWrite;

/**
 * Opens a project for a reading command (render, export, report, print, check…) and says in one line on the error
 * stream when a crashed writer's unfinished transaction was rolled back or the last committed state is read from a
 * copy: the command goes on, this is no failure.
 */
final class ProjectReading {
    private ProjectReading() {
    }

    /**
     * The project {@code file}, open read-only; the caller closes it.
     *
     * @throws StoreException when it cannot be read (print it with {@link ProjectFailure})
     */
    static GeoPackageStore open(Path file, List<String> args, PrintStream err) {
        GeoPackageStore store = GeoPackageStore.open(file, AccessMode.READ_ONLY);
        tell(store.unfinishedWrite(), file, args, err);
        return store;
    }

    /** The one line about {@code unfinished}, if it is not NONE. */
    static void tell(UnfinishedWrite unfinished, Path file, List<String> args, PrintStream err) {
        OpenNotice.of(unfinished).ifPresent(notice -> err.println(
                UserText.format(UserText.localeOf(args), "project.notice." + notice.name(), file)));
    }
}
