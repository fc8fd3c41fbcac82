package rectimap.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import rectimap.model.StoreException;
import rectimap.store.GeoPackageStore;
import rectimap.store.pg.PgAddress;
import rectimap.store.pg.PgPool;
import rectimap.store.pg.PgPublish;

/**
 * {@code publish --project P.gpkg --to postgresql://user@host:port/db[?schema=s]}: copies a project into a shared
 * PostgreSQL/PostGIS project in one transaction ({@link PgPublish}); the GeoPackage is only read. The password comes
 * from .pgpass / PGPASSFILE. Exit 0 published, 2 bad arguments, an unreadable file or a refusing server.
 */
public final class PublishCommand implements CliCommand {

    @Override
    public String name() {
        return "publish";
    }

    @Override
    public String usage() {
        return "publish --project FILE.gpkg --to postgresql://user@host:port/db[?schema=s]   copy a project to PostGIS";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        var read = CommandArguments.read(this, args, Set.of("--project", "--to"), Set.of("--project", "--to"),
                options -> PgAddress.parse(options.get("--to")), err);
        if (read.isEmpty()) {
            return 2;
        }
        CommandOptions options = read.get().options();
        PgAddress target = read.get().value();
        if (PgAddress.isAddress(options.get("--project"))) {
            // Publishing reads a project FILE; one shared project is not copied into another by Rectimap.
            err.println("publish: " + UserText.format(UserText.localeOf(args), "cli.publish.fromShared",
                    options.get("--project")));
            return 2;
        }
        Path file = Path.of(options.get("--project"));
        try (GeoPackageStore source = ProjectReading.open(file, args, err);
                PgPool pool = PgPool.open(target, null, 2)) {
            PgPublish.Published published = PgPublish.publish(source, pool);
            out.println(UserText.format(UserText.localeOf(args), "cli.published", file, target,
                    published.layers(), published.features(), String.join(", ", published.tables())));
            return 0;
        } catch (StoreException e) {
            err.println(ProjectFailure.line("publish", e, args));
            return 2;
        }
    }
}
