package rectimap.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import rectimap.install.BuildInfo;
import rectimap.install.CrashReport;
import rectimap.install.StartTrace;
import rectimap.install.Startup;
import rectimap.install.UserFolders;
import rectimap.model.StoreException;

/**
 * The headless command line: {@code mvn -q compile exec:java -Dexec.args="COMMAND [options]"}.
 * Each command is a {@link CliCommand}; {@code help} lists them.
 */
public final class RectimapCli {

    private static final java.util.Set<String> VERSION_FLAGS = java.util.Set.of("--version", "version");
    private final Map<String, CliCommand> commands = new LinkedHashMap<>();

    public RectimapCli(List<CliCommand> available) {
        available.forEach(c -> commands.put(c.name(), c));
    }

    /** The commands this build offers. */
    public static RectimapCli standard() {
        List<CliCommand> all = new ArrayList<>();
        all.add(new GenerateSampleCommand());
        all.add(new RenderCommand());
        all.add(new ExportLayerCommand());
        all.add(new CheckCommand());
        all.add(new ImportCommand());
        all.add(new ExportCommand());
        all.add(new PublishCommand());
        all.add(new AccountsCommand());
        all.add(new PackageCommand());
        all.add(new MergeCommand());
        all.add(new PrintCommand());
        all.add(new IdentifyCommand());
        all.add(new PhotosCommand());
        all.add(new ReportCommand());
        all.add(new ReviewSheetCommand());
        all.add(new BasemapCommand());
        return new RectimapCli(all);
    }

    public static void main(String[] args) {
        StartTrace.mark("main");
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
        if (args.length == 1 && VERSION_FLAGS.contains(args[0])) {
            out.println(BuildInfo.current().line());
            return;
        }
        UserFolders folders = Startup.prepare("rectimap-cli");
        StartTrace.mark("folders and log");
        Thread.setDefaultUncaughtExceptionHandler((thread, failure) -> {
            err.println(unforeseen(folders, "rectimap-cli", Arrays.asList(args), failure));
            System.exit(1);
        });
        int code = standard().run(Arrays.asList(args), out, err);
        StartTrace.mark("done");
        if (code != 0) {
            System.exit(code);
        }
    }

    /** Dispatches to the named command; returns its exit code. */
    public int run(List<String> args, PrintStream out, PrintStream err) {
        if (args.isEmpty() || args.get(0).equals("help") || args.get(0).equals("--help")) {
            printUsage(out, args);
            return args.isEmpty() ? 2 : 0;
        }
        if (VERSION_FLAGS.contains(args.get(0))) {
            out.println(BuildInfo.current().line());
            return 0;
        }
        CliCommand command = commands.get(args.get(0));
        if (command == null) {
            err.println(UserText.format(UserText.localeOf(args), "cli.unknownCommand", args.get(0)));
            printUsage(err, args);
            return 2;
        }
        // Online basemaps of --basemap and basemap: the user's key, cache and the project's packages (no network yet).
        rectimap.raster.service.ServiceAccess.useAsStandard(CliServices.access(args));
        try {
            return command.run(args.subList(1, args.size()), out, err);
        } catch (StoreException e) {
            err.println(ProjectFailure.line(command.name(), e, args));
            return 2;
        } catch (RuntimeException | Error e) {
            // A failure no command foresaw: one sentence naming the crash report, never a stack trace on a terminal.
            err.println(command.name() + ": " + unforeseen(UserFolders.current(), "rectimap-cli " + command.name(),
                    args, e));
            return 1;
        }
    }

    /** The sentence for an unexpected failure, after writing its crash report in the log folder. */
    private static String unforeseen(UserFolders folders, String program, List<String> args, Throwable failure) {
        String reason = failure.getMessage() == null ? failure.getClass().getSimpleName() : failure.getMessage();
        return CrashReport.write(folders.logs(), program, args, failure)
                .map(file -> UserText.format(UserText.localeOf(args), "cli.unforeseen", reason, file.toString()))
                .orElseGet(() -> UserText.format(UserText.localeOf(args), "cli.unforeseenNoReport", reason));
    }

    private void printUsage(PrintStream stream, List<String> args) {
        stream.println(UserText.format(UserText.localeOf(args), "cli.usageHead"));
        commands.values().forEach(c -> stream.println("  " + c.usage()));
    }
}
