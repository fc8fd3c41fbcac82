package rectimap.app;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import rectimap.ui.UiLanguage;

/**
 * What the desktop app was started with: {@code [--lang zh|en] [PROJECT.gpkg | postgresql://…]}. A shared
 * project's address ({@code shared}) is opened as File → 打开共享项目… would (password from .pgpass); without a
 * project it opens the built-in sample ({@link rectimap.install.ShippedSample}).
 */
public record StartOptions(UiLanguage language, Optional<Path> project, Optional<String> shared, Path sample) {

    public static StartOptions parse(List<String> args) {
        UiLanguage language = UiLanguage.choose(args);
        Optional<Path> project = Optional.empty();
        Optional<String> shared = Optional.empty();
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg.equals("--lang")) {
                i++;
            } else if (rectimap.store.pg.PgAddress.isAddress(arg)) {
                shared = Optional.of(arg);
                project = Optional.empty();
            } else if (!arg.startsWith("--")) {
                project = Optional.of(Path.of(arg));
                shared = Optional.empty();
            }
        }
        return new StartOptions(language, project, shared, rectimap.install.ShippedSample.path());
    }

    /** The file to open first: the one named, else the sample. */
    public Path firstProject() {
        return project.orElse(sample);
    }
}
