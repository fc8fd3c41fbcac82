package rectimap.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import rectimap.model.StoreException;
import rectimap.store.AccessMode;
import rectimap.store.GeoPackageStore;
import rectimap.store.OpenNotice;
import rectimap.store.UnfinishedWrite;
import rectimap.store.pg.PgAddress;
import rectimap.store.pg.PgFeatureStore;

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

    /**
     * The project {@code where} names — a file, or a {@code postgresql://} address (password from .pgpass or
     * PGPASSFILE) — open for reading; the caller closes it.
     *
     * @throws StoreException                     when it cannot be read (print it with {@link ProjectFailure})
     * @throws rectimap.store.pg.PgAddress.BadAddress when the address cannot be read (also {@link ProjectFailure})
     */
    static ReadProject open(String where, List<String> args, PrintStream err) {
        if (PgAddress.isAddress(where)) {
            PgFeatureStore store = PgFeatureStore.open(PgAddress.parse(where), null);
            return new ReadProject(store, store.address().label());
        }
        Path file = Path.of(where);
        return new ReadProject(open(file, args, err), file);
    }

    /** The one line about {@code unfinished}, if it is not NONE. */
    static void tell(UnfinishedWrite unfinished, Path file, List<String> args, PrintStream err) {
        OpenNotice.of(unfinished).ifPresent(notice -> err.println(
                UserText.format(UserText.localeOf(args), "project.notice." + notice.name(), file)));
    }
}
