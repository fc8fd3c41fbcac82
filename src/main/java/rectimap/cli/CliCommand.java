package rectimap.cli;

import java.io.PrintStream;
import java.util.List;

/** One headless sub-command of {@code rectimap} (render, …). */
public interface CliCommand {

    /** The word that selects the command, e.g. {@code render}. */
    String name();

    /** One line of usage shown by {@code help}. */
    String usage();

    /**
     * Runs the command. Returns the process exit code (0 success, 2 bad arguments or input, 1 other failure);
     * results go to {@code out}, problems to {@code err} in words a user understands.
     */
    int run(List<String> args, PrintStream out, PrintStream err);
}
