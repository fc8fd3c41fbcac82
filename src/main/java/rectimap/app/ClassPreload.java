package rectimap.app;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * The training run for the installed app's class-data sharing archive ({@code lib/app/rectimap.jsa}, made at package
 * time and again by the {@code .deb}'s post-install step where the app really lives): loads, without initialising,
 * every class named in {@code classes.txt} (recorded from a real start of the window), then runs the command line
 * with the remaining arguments, so the archive holds the window's classes and those of a render. Not for users.
 * {@code ClassPreload CLASSLIST [CLI ARGS...]}.
 */
public final class ClassPreload {
    private ClassPreload() {
    }

    public static void main(String[] args) throws IOException {
        ClassLoader loader = ClassPreload.class.getClassLoader();
        int loaded = 0;
        for (String line : Files.readAllLines(Path.of(args[0]), StandardCharsets.UTF_8)) {
            String name = line.strip().split("\\s", 2)[0].replace('/', '.');
            if (name.isEmpty() || name.startsWith("#") || name.startsWith("@") || name.contains("$$Lambda")) {
                continue;
            }
            try {
                Class.forName(name, false, loader);
                loaded++;
            } catch (ClassNotFoundException | LinkageError e) {
                // A class of another platform or build: the archive simply goes without it.
            }
        }
        System.err.println("preloaded " + loaded + " classes");
        rectimap.cli.RectimapCli.main(Arrays.copyOfRange(args, 1, args.length));
    }
}
