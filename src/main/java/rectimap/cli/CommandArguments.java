package rectimap.cli;

import java.io.PrintStream;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import rectimap.store.pg.PgAddress;

/**
 * The one home of a command's option reading: its {@link CommandOptions} ({@code --lang} is always known) and what
 * the command makes of them (a server address, a zoom range, import choices…), with a bad command line told the one
 * way every command tells it, exit 2: a bad or missing option or a bad number as "NAME：reason。用法：USAGE"
 * ({@link #refuse}); a
 * server address that cannot be used as the store's sentence ({@link ProjectFailure}, in the {@code --lang}
 * language); any other refused value as "NAME: reason" (its reason already in the user's language).
 */
final class CommandArguments {
    private CommandArguments() {
    }

    /** What a command makes of its options; throws for a value it cannot use. */
    interface Reading<T> {
        T read(CommandOptions options) throws CommandOptions.BadOptions;
    }

    /** The options and what the command made of them. */
    record Read<T>(CommandOptions options, T value) {
    }

    /**
     * Reads {@code args} for {@code command}, or tells {@code err} why not and returns empty (the command exits 2).
     *
     * @param known    the options the command takes besides {@code --lang}
     * @param required those of them it cannot do without
     * @param reading  what the command makes of the options
     * @param whole    the command's whole argument list (its {@code --lang} chooses the language of a sentence)
     */
    static <T> Optional<Read<T>> read(CliCommand command, List<String> args, Set<String> known, Set<String> required,
                                      Reading<T> reading, List<String> whole, PrintStream err) {
        Set<String> withLanguage = new HashSet<>(known);
        withLanguage.add("--lang");
        try {
            CommandOptions options = CommandOptions.parse(args, withLanguage, required);
            return Optional.of(new Read<>(options, reading.read(options)));
        } catch (CommandOptions.BadOptions e) {
            refuse(command, e, whole, err);
        } catch (NumberFormatException e) {
            refuse(command, new CommandOptions.BadOptions("notANumber", String.valueOf(e.getMessage())
                    .replaceFirst("^For input string: ", "")), whole, err);
        } catch (PgAddress.BadAddress e) {
            err.println(ProjectFailure.line(command.name(), e, whole));
        } catch (IllegalArgumentException e) {
            err.println(command.name() + ": " + e.getMessage());
        }
        return Optional.empty();
    }

    /**
     * Tells {@code err} the one way every command tells a bad command line: "NAME：reason。用法：USAGE" (English with
     * {@code --lang en} in {@code args}: "NAME: reason; usage: USAGE").
     */
    static void refuse(CliCommand command, CommandOptions.BadOptions bad, List<String> args, PrintStream err) {
        java.util.Locale locale = UserText.localeOf(args);
        err.println(UserText.format(locale, "cli.badCommandLine", command.name(), bad.sentence(locale),
                command.usage()));
    }

    /** As {@link #read(CliCommand, List, Set, Set, Reading, List, PrintStream)} over the whole argument list. */
    static <T> Optional<Read<T>> read(CliCommand command, List<String> args, Set<String> known, Set<String> required,
                                      Reading<T> reading, PrintStream err) {
        return read(command, args, known, required, reading, args, err);
    }
}
