package rectimap.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import rectimap.campaign.ProjectAssembler;
import rectimap.media.PhotoException;
import rectimap.model.StoreException;
import rectimap.store.pg.MergePreference;
import rectimap.store.pg.MergeReport;
import rectimap.store.pg.PgAddress;
import rectimap.store.pg.PgFeatureStore;
import rectimap.store.pg.PhotosOutsideTownship;
import rectimap.store.pg.WorkPackageMerge;
import rectimap.store.pg.WorkPackageRefused;

/**
 * {@code merge --project postgresql://… --package jiezhou.gpkg [--prefer package|server]}: brings a township's
 * edited work package back as one step named "合并 解州镇 工作包" ({@link WorkPackageMerge}); the package file is
 * only read. Exit 0 when every change is in, 3 when conflicts are left for a choice or changes outside the township
 * were refused (the rest is in), 2 bad arguments, not a package, another project or a refusing server.
 */
public final class MergeCommand implements CliCommand {

    @Override
    public String name() {
        return "merge";
    }

    @Override
    public String usage() {
        return "merge --project postgresql://… --package FILE.gpkg [--prefer package|server]   merge a work package";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        var read = CommandArguments.read(this, args, Set.of("--project", "--package", "--prefer"),
                Set.of("--project", "--package"), options -> new Target(PgAddress.parse(options.get("--project")),
                        preference(options.get("--prefer"))), err);
        if (read.isEmpty()) {
            return 2;
        }
        CommandOptions options = read.get().options();
        PgAddress project = read.get().value().project();
        MergePreference preference = read.get().value().preference();
        Locale locale = UserText.localeOf(args);
        try (PgFeatureStore store = PgFeatureStore.open(project, null)) {
            MergeText text = new MergeText(locale, store.layers());
            try {
                MergeReport report = WorkPackageMerge.merge(store, Path.of(options.get("--package")), preference,
                        info -> UserText.format(locale, "merge.stepName", info.townshipName()),
                        ProjectAssembler::schemaOf);
                text.lines(report).forEach(out::println);
                return report.complete() ? 0 : 3;
            } catch (PhotosOutsideTownship e) {
                err.println("merge: " + text.refusal(e));
                return 2;
            }
        } catch (PhotoException e) {
            err.println("merge: " + PhotoText.of(locale, e) + " " + UserText.format(locale, "photo.unchanged"));
            return 2;
        } catch (WorkPackageRefused e) {
            err.println(ProjectFailure.line("merge", e, args));
            return 2;
        } catch (StoreException e) {
            err.println(ProjectFailure.line("merge", e, args));
            return 2;
        }
    }

    /** The server project to merge into and how conflicts are settled. */
    private record Target(PgAddress project, MergePreference preference) {
    }

    private static MergePreference preference(String value) throws CommandOptions.BadOptions {
        if (value == null) {
            return MergePreference.ASK;
        }
        return switch (value) {
            case "package" -> MergePreference.PACKAGE;
            case "server" -> MergePreference.SERVER;
            default -> throw new CommandOptions.BadOptions("prefer", value);
        };
    }
}
