package rectimap.cli;

import java.util.Locale;
import rectimap.exchange.ExchangeException;
import rectimap.exchange.ExchangeProblem;

/**
 * An {@link ExchangeException} as the command line's one sentence: the window's {@code exchange.<PROBLEM>} sentence
 * (Chinese, English with {@code --lang en}) with the file's full path and the record, the technical detail where
 * that sentence leaves it out, a command-line hint where the window's advice names a control
 * ({@code import.cli.hint.<PROBLEM>}), and that the project is unchanged.
 */
final class ImportFailureText {
    private ImportFailureText() {
    }

    /** The sentence for {@code failure} in {@code locale} ({@link Locale#ROOT} = Chinese). */
    static String of(Locale locale, ExchangeException failure) {
        String where = failure.file() == null ? "" : failure.file().toString();
        if (failure.record() >= 0) {
            where += UserText.format(locale, "exchange.where.separator")
                    + UserText.format(locale, "exchange.where.record", String.valueOf(failure.record() + 1));
        }
        ExchangeProblem problem = failure.problem();
        StringBuilder line = new StringBuilder(UserText.format(locale, "exchange." + problem.name(), where,
                failure.detail(locale)));
        if (!UserText.pattern(locale, "exchange." + problem.name()).contains("{1}") && !failure.detail().isBlank()) {
            line.append(UserText.format(locale, "import.cli.detail", failure.detail(locale)));
        }
        if (UserText.has(locale, "import.cli.hint." + problem.name())) {
            line.append(UserText.format(locale, "import.cli.hint." + problem.name()));
        }
        if (problem != ExchangeProblem.TOO_LARGE && problem != ExchangeProblem.CANCELLED) {
            line.append(UserText.format(locale, "import.cli.unchanged"));
        }
        return line.toString();
    }
}
