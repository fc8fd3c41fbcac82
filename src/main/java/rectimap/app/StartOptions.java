package rectimap.app;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import rectimap.ui.UiLanguage;

/**
 * What the desktop app was started with: {@code [--lang zh|en] [PROJECT.gpkg]}. Without a project it opens the
 * built-in sample ({@link rectimap.install.ShippedSample}).
 */
public record StartOptions(UiLanguage language, Optional<Path> project, Path sample) {

    public static StartOptions parse(List<String> args) {
        UiLanguage language = UiLanguage.choose(args);
        Optional<Path> project = Optional.empty();
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg.equals("--lang")) {
                i++;
            } else if (!arg.startsWith("--")) {
                project = Optional.of(Path.of(arg));
            }
        }
        return new StartOptions(language, project, rectimap.install.ShippedSample.path());
    }

    /** The file to open first: the one named, else the sample. */
    public Path firstProject() {
        return project.orElse(sample);
    }
}
