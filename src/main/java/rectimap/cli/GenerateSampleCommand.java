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
        Path target = DEFAULT_OUT;
        for (int i = 0; i < args.size(); i++) {
            if (args.get(i).equals("--out") && i + 1 < args.size()) {
                target = Path.of(args.get(++i));
            } else {
                err.println("generate-sample: unexpected argument '" + args.get(i) + "'; usage: " + usage());
                return 2;
            }
        }
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
            out.println("wrote " + target + ":");
            layers.forEach(l -> out.println("  " + l.tableName() + " (" + l.info().title() + "): "
                    + l.features().size() + " features"));
            return 0;
        } catch (IOException | StoreException e) {
            err.println("generate-sample: cannot write " + target + ": " + e.getMessage());
            try {
                Files.deleteIfExists(temp);
            } catch (IOException ignored) {
                // The temporary file is only a leftover; the message above already names the real failure.
            }
            return 1;
        }
    }
}
