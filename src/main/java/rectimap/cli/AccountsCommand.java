package rectimap.cli;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import rectimap.model.StoreException;
import rectimap.store.pg.AccountKind;
import rectimap.store.pg.PgAccounts;
import rectimap.store.pg.PgAddress;
import rectimap.store.pg.PgFeatureStore;

/**
 * {@code accounts --project postgresql://owner@host/db --add NAME (--township 解州镇 | --role office|reviewer|readonly)
 * --password P}: adds an account to a shared project, enforced by the database ({@link PgAccounts}). Exit 0 added,
 * 2 bad arguments, a refused account or a refusing server.
 */
public final class AccountsCommand implements CliCommand {

    @Override
    public String name() {
        return "accounts";
    }

    @Override
    public String usage() {
        return "accounts --project postgresql://… --add NAME (--township T | --role office|reviewer|readonly)"
                + " --password P   add an account to a shared project";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        CommandOptions options;
        PgAddress address;
        AccountKind kind;
        Locale locale = UserText.localeOf(args);
        try {
            options = CommandOptions.parse(args, Set.of("--project", "--add", "--township", "--role", "--password",
                    "--lang"), Set.of("--project", "--add", "--password"));
            address = PgAddress.parse(options.get("--project"));
            kind = kindOf(options);
        } catch (CommandOptions.BadOptions e) {
            CommandArguments.refuse(this, e, args, err);
            return 2;
        } catch (PgAddress.BadAddress e) {
            err.println(ProjectFailure.line("accounts", e, args));
            return 2;
        }
        String name = options.get("--add");
        String township = options.get("--township");
        try (PgFeatureStore store = PgFeatureStore.open(address, null)) {
            PgAccounts.add(store, name, kind, township, options.get("--password").toCharArray());
            out.println(UserText.format(locale, "accounts.added." + kind.name(), name, township, address));
            return 0;
        } catch (PgAccounts.Refused e) {
            err.println("accounts: " + UserText.format(locale, "accounts." + e.reason().name(), name, township));
            return 2;
        } catch (StoreException e) {
            err.println(ProjectFailure.line("accounts", e, args));
            return 2;
        }
    }

    private static AccountKind kindOf(CommandOptions options) throws CommandOptions.BadOptions {
        String role = options.get("--role");
        if (role == null) {
            return options.get("--township") != null ? AccountKind.TOWNSHIP : AccountKind.READ_ONLY;
        }
        return switch (role) {
            case "office" -> AccountKind.OFFICE;
            case "township" -> AccountKind.TOWNSHIP;
            case "reviewer" -> AccountKind.REVIEWER;
            case "readonly" -> AccountKind.READ_ONLY;
            default -> throw new CommandOptions.BadOptions("role", role);
        };
    }
}
