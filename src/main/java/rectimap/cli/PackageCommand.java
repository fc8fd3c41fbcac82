package rectimap.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import rectimap.model.StoreException;
import rectimap.store.pg.PgAddress;
import rectimap.store.pg.PgFeatureStore;
import rectimap.store.pg.WorkPackageRefused;
import rectimap.store.pg.WorkPackageWriter;

/**
 * {@code package --project postgresql://… --township 解州镇 --out jiezhou.gpkg}: writes a township's work package
 * ({@link WorkPackageWriter}) for cadres to edit offline in Rectimap or QGIS; {@code merge} brings it back.
 * Exit 0 written, 2 bad arguments, an unknown township, an existing file or a refusing server.
 */
public final class PackageCommand implements CliCommand {

    @Override
    public String name() {
        return "package";
    }

    @Override
    public String usage() {
        return "package --project postgresql://… --township NAME|CODE --out FILE.gpkg   a township's offline work package";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        var read = CommandArguments.read(this, args, Set.of("--project", "--township", "--out"),
                Set.of("--project", "--township", "--out"), options -> PgAddress.parse(options.get("--project")), err);
        if (read.isEmpty()) {
            return 2;
        }
        CommandOptions options = read.get().options();
        PgAddress project = read.get().value();
        Path target = Path.of(options.get("--out"));
        try (PgFeatureStore store = PgFeatureStore.open(project, null)) {
            WorkPackageWriter.Packaged packaged = WorkPackageWriter.write(store, options.get("--township"), target);
            out.println(UserText.format(UserText.localeOf(args), "cli.packaged", target, packaged.info().townshipName(),
                    packaged.planningFeatures(), packaged.layers(), packaged.referenceFeatures(), packaged.photos()));
            return 0;
        } catch (WorkPackageRefused e) {
            err.println(ProjectFailure.line("package", e, args));
            return 2;
        } catch (StoreException e) {
            err.println(ProjectFailure.line("package", e, args));
            return 2;
        }
    }
}
