package rectimap.cli;

import java.util.List;
import rectimap.model.StoreException;

/**
 * The one sentence a command prints when a project file cannot be used: the {@code store.<PROBLEM>} sentence the
 * window shows (file, reason, what to do), never SQLite's text, a stack trace or a Java class name.
 */
final class ProjectFailure {
    private ProjectFailure() {
    }

    /** {@code "COMMAND: sentence"} for an address that cannot be read. */
    static String line(String command, rectimap.store.pg.PgAddress.BadAddress failure, List<String> args) {
        return command + ": " + UserText.format(UserText.localeOf(args), "address." + failure.problem().name(),
                failure.shown());
    }

    /** {@code "COMMAND: sentence"} for a work package that cannot be made or merged. */
    static String line(String command, rectimap.store.pg.WorkPackageRefused failure, List<String> args) {
        return command + ": " + UserText.format(UserText.localeOf(args), "package." + failure.problem().name(),
                failure.subject());
    }

    /**
     * {@code "COMMAND: sentence"} for {@code failure} in the language {@code args} ask for, followed by what the
     * database server said when the failure carries it (a shared project's SQLSTATE and reason).
     */
    static String line(String command, StoreException failure, List<String> args) {
        java.util.Locale locale = UserText.localeOf(args);
        String sentence = UserText.format(locale, "store." + failure.problem().name(), failure.file(),
                failure.subject());
        return command + ": " + (failure.databaseReason().isEmpty() ? sentence
                : sentence + UserText.format(locale, "store.databaseReason", failure.databaseReason()));
    }
}
