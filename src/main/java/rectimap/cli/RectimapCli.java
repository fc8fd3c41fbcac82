package rectimap.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import rectimap.model.StoreException;

/**
 * The headless command line: {@code mvn -q compile exec:java -Dexec.args="COMMAND [options]"}.
 * Each command is a {@link CliCommand}; {@code help} lists them.
 */
public final class RectimapCli {

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
        all.add(new PackageCommand());
        all.add(new PrintCommand());
        all.add(new IdentifyCommand());
        all.add(new PhotosCommand());
        all.add(new ReportCommand());
        all.add(new ReviewSheetCommand());
        return new RectimapCli(all);
    }

    public static void main(String[] args) {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
        int code = standard().run(Arrays.asList(args), out, err);
        if (code != 0) {
            System.exit(code);
        }
    }

    /** Dispatches to the named command; returns its exit code. */
    public int run(List<String> args, PrintStream out, PrintStream err) {
        if (args.isEmpty() || args.get(0).equals("help") || args.get(0).equals("--help")) {
            printUsage(out);
            return args.isEmpty() ? 2 : 0;
        }
        CliCommand command = commands.get(args.get(0));
        if (command == null) {
            err.println("unknown command: " + args.get(0));
            printUsage(err);
            return 2;
        }
        try {
            return command.run(args.subList(1, args.size()), out, err);
        } catch (StoreException e) {
            err.println(ProjectFailure.line(command.name(), e, args));
            return 2;
        } catch (RuntimeException e) {
            // A failure no command foresaw: one sentence, never a stack trace on a user's terminal.
            String reason = e.getMessage() == null ? "" : e.getMessage();
            err.println(command.name() + ": " + UserText.format(UserText.localeOf(args), "cli.unforeseen", reason));
            return 1;
        }
    }

    private void printUsage(PrintStream stream) {
        stream.println("usage: rectimap COMMAND [options]");
        commands.values().forEach(c -> stream.println("  " + c.usage()));
    }
}
