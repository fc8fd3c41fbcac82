package rectimap.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import rectimap.campaign.sample.YanhuSample;
import rectimap.model.Layer;
import rectimap.model.StoreException;
import rectimap.store.GeoPackageStore;

/**
 * {@code generate-sample [--out PATH]}: generates the schematic Yanhu sample and writes it as a GeoPackage, by
 * default to {@code maps/yanhu-sample.gpkg}. The file is written beside the target under a temporary name and then
 * moved into place, so an interrupted run never leaves a half-written sample where the app looks for it.
 */
public final class GenerateSampleCommand implements CliCommand {
    /** Where the app finds the committed sample, relative to the project directory. */
    public static final Path DEFAULT_OUT = Path.of("maps", "yanhu-sample.gpkg");

    @Override
    public String name() {
        return "generate-sample";
    }

    @Override
    public String usage() {
        return "generate-sample [--out PATH]   write the schematic Yanhu sample GeoPackage (default "
                + DEFAULT_OUT + ")";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        Path target;
        try {
            String given = CommandOptions.parse(args, java.util.Set.of("--out"), java.util.Set.of()).get("--out");
            target = given == null ? DEFAULT_OUT : Path.of(given);
        } catch (CommandOptions.BadOptions e) {
            CommandArguments.refuse(this, e, args, err);
            return 2;
        }
        java.util.Locale locale = UserText.localeOf(args);
        Path absolute = target.toAbsolutePath();
        Path temp = absolute.resolveSibling("." + absolute.getFileName() + ".writing");
        try {
            Files.createDirectories(absolute.getParent());
            Files.deleteIfExists(temp);
            List<Layer> layers = YanhuSample.generate();
            try (GeoPackageStore store = GeoPackageStore.create(temp)) {
                layers.forEach(store::write);
            }
            Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            out.println(UserText.format(locale, "cli.sample.wrote", target));
            layers.forEach(l -> out.println(UserText.format(locale, "cli.sample.layer", l.tableName(),
                    l.info().title(), String.valueOf(l.features().size()))));
            return 0;
        } catch (IOException | StoreException e) {
            err.println(UserText.format(locale, "cli.cannotWrite", name(), target, e.getMessage()));
            try {
                Files.deleteIfExists(temp);
            } catch (IOException ignored) {
                // The temporary file is only a leftover; the message above already names the real failure.
            }
            return 1;
        }
    }
}
