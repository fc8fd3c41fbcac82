package rectimap.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * {@code --name value} pairs of a simple sub-command, checked against the names it knows and the ones it requires.
 * {@code --lang} is always known (it chooses the language of what the command prints). A failure says which option
 * and why, in the user's language.
 */
record CommandOptions(Map<String, String> values) {

    /**
     * A bad command line: a sentence {@code cli.option.KEY} of the user bundle with its arguments, told in Chinese
     * or English by {@link #sentence(Locale)}; the exception's own message is the English sentence (for logs).
     */
    static final class BadOptions extends Exception {
        private final String key;
        private final transient Object[] arguments;

        BadOptions(String key, Object... arguments) {
            super(UserText.format(Locale.ENGLISH, "cli.option." + key, arguments));
            this.key = key;
            this.arguments = arguments.clone();
        }

        /** The reason in the language of {@code locale}. */
        String sentence(Locale locale) {
            return UserText.format(locale, "cli.option." + key, arguments);
        }
    }

    static CommandOptions parse(List<String> args, Set<String> known, Set<String> required) throws BadOptions {
        Map<String, String> values = new LinkedHashMap<>();
        for (int i = 0; i < args.size(); i++) {
            String option = args.get(i);
            if (!known.contains(option) && !option.equals("--lang")) {
                throw option.startsWith("--") ? new BadOptions("unknown", option) : new BadOptions("unexpected", option);
            }
            if (i + 1 >= args.size() || args.get(i + 1).startsWith("--")) {
                throw new BadOptions("needsValue", option);
            }
            values.put(option, args.get(++i));
        }
        for (String option : required) {
            if (!values.containsKey(option)) {
                throw new BadOptions("required", option);
            }
        }
        return new CommandOptions(values);
    }

    String get(String option) {
        return values.get(option);
    }
}
