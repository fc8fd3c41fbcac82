package rectimap.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code --name value} pairs of a simple sub-command, checked against the names it knows and the ones it requires.
 * The message of a failure says which option and why, for the user.
 */
record CommandOptions(Map<String, String> values) {

    /** A bad command line. */
    static final class BadOptions extends Exception {
        BadOptions(String message) {
            super(message);
        }
    }

    static CommandOptions parse(List<String> args, Set<String> known, Set<String> required) throws BadOptions {
        Map<String, String> values = new LinkedHashMap<>();
        for (int i = 0; i < args.size(); i++) {
            String option = args.get(i);
            if (!known.contains(option)) {
                throw new BadOptions("unknown option '" + option + "'");
            }
            if (i + 1 >= args.size() || args.get(i + 1).startsWith("--")) {
                throw new BadOptions(option + " needs a value");
            }
            values.put(option, args.get(++i));
        }
        for (String option : required) {
            if (!values.containsKey(option)) {
                throw new BadOptions(option + " is required");
            }
        }
        return new CommandOptions(values);
    }

    String get(String option) {
        return values.get(option);
    }
}
