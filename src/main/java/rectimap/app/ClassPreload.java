package rectimap.app;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The training run for the installed app's class-data sharing archive ({@code lib/app/rectimap.jsa}, made at package
 * time and again by the {@code .deb}'s post-install step where the app really lives): loads, without initialising,
 * every class named in {@code classes.txt} (recorded from a real start of the window), with {@value #WINDOW} starts
 * the window up to its first painted map (needs a display and {@code -Drectimap.bench.firstFrame=true}; a real run is
 * what makes the lambda classes the archive then holds too), then runs the command line with the remaining arguments,
 * one command after another where {@value #THEN} separates them, so the archive holds the window's classes and those
 * of each command run: a command's lambda and method-handle classes are made only by running it, and each one left out
 * is spun at every start of that command (issue 13: the atlas's were, 164 classes). Not for users.
 * {@code ClassPreload CLASSLIST [--window] [CLI ARGS... [--then CLI ARGS...]...]}.
 */
public final class ClassPreload {
    /** The flag that starts the window before the render. */
    static final String WINDOW = "--window";
    /** The word between two commands of the command line. */
    static final String THEN = "--then";

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
        int cli = 1;
        if (args.length > 1 && args[1].equals(WINDOW)) {
            // Returns once FirstFrameProbe has seen the first map and ended the toolkit.
            Launcher.main(new String[0]);
            cli = 2;
        }
        for (List<String> command : commands(Arrays.asList(args).subList(cli, args.length))) {
            rectimap.cli.RectimapCli.main(command.toArray(String[]::new));
        }
    }

    /** The command lines of {@code args}, split at each {@value #THEN}; empty ones dropped. */
    static List<List<String>> commands(List<String> args) {
        List<List<String>> commands = new ArrayList<>();
        List<String> current = new ArrayList<>();
        for (String arg : args) {
            if (arg.equals(THEN)) {
                if (!current.isEmpty()) {
                    commands.add(current);
                }
                current = new ArrayList<>();
            } else {
                current.add(arg);
            }
        }
        if (!current.isEmpty()) {
            commands.add(current);
        }
        return commands;
    }
}
