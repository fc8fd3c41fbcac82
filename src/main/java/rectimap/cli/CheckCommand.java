package rectimap.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import rectimap.campaign.ProjectAssembler;
import rectimap.model.StoreException;
import rectimap.store.CheckFinding;
import rectimap.store.ProjectCheck;
import rectimap.store.pg.PgAddress;
import rectimap.store.pg.PgFeatureStore;
import rectimap.store.pg.PgGeometryCheck;

/**
 * {@code check --project FILE}: SQLite's integrity check, GeoPackage validity, spatial indexes, invalid geometries
 * by layer and fid with the reason, orphan records (see {@link ProjectCheck}) and planning features whose place
 * names match no official division ({@link PlaceNameFindings}); for a {@code postgresql://} address the invalid
 * geometries and place names ({@link PgGeometryCheck}). Prints one line per problem: its stable machine code
 * (ORPHAN, INVALID_GEOMETRY…, layer and fid) and a sentence in Chinese (English with {@code --lang en}).
 * Exit 0 clean, 1 problems found, 2 bad arguments or a file that cannot be read as a GeoPackage.
 */
public final class CheckCommand implements CliCommand {

    @Override
    public String name() {
        return "check";
    }

    @Override
    public String usage() {
        return "check --project FILE|postgresql://… [--repair]   integrity, GeoPackage validity, spatial indexes, invalid geometries,"
                + " orphans, unmatched place names; --repair first rebuilds broken spatial indexes (one transaction)";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        String where;
        List<String> options = args.stream().filter(arg -> !arg.equals("--repair")).toList();
        try {
            where = CommandOptions.parse(options, Set.of("--project", "--lang"), Set.of("--project")).get("--project");
            if (PgAddress.isAddress(where) && options.size() < args.size()) {
                throw new CommandOptions.BadOptions("repairFileOnly");
            }
        } catch (CommandOptions.BadOptions e) {
            CommandArguments.refuse(this, e, args, err);
            return 2;
        }
        return PgAddress.isAddress(where) ? shared(where, args, out, err) : file(Path.of(where), options, args, out, err);
    }

    private int file(Path project, List<String> options, List<String> args, PrintStream out, PrintStream err) {
        List<CheckFinding> findings;
        try {
            if (options.size() < args.size()) {
                SpatialIndexRebuild.run(project, args, out);
            }
            findings = new ArrayList<>(ProjectCheck.run(project,
                    unfinished -> ProjectReading.tell(unfinished, project, args, err)));
            findings.addAll(PlaceNameFindings.of(project));
        } catch (StoreException e) {
            err.println(ProjectFailure.line("check", e, args));
            return 2;
        }
        return print(project, findings, out, UserText.localeOf(args));
    }

    /** A shared project: its invalid geometries ({@link PgGeometryCheck}) and unmatched place names. */
    private static int shared(String address, List<String> args, PrintStream out, PrintStream err) {
        List<CheckFinding> findings;
        Path label;
        try (ReadProject read = ProjectReading.open(address, args, err)) {
            label = read.label();
            findings = new ArrayList<>(PgGeometryCheck.run((PgFeatureStore) read.store()));
            findings.addAll(PlaceNameFindings.of(ProjectAssembler.assemble(label, read.store())));
        } catch (StoreException e) {
            err.println(ProjectFailure.line("check", e, args));
            return 2;
        } catch (PgAddress.BadAddress e) {
            err.println(ProjectFailure.line("check", e, args));
            return 2;
        }
        return print(label, findings, out, UserText.localeOf(args));
    }

    private static int print(Path project, List<CheckFinding> findings, PrintStream out, java.util.Locale locale) {
        findings.forEach(finding -> out.println(line(finding, locale)));
        out.println(findings.isEmpty() ? UserText.format(locale, "cli.check.none", project)
                : UserText.format(locale, "cli.check.count", project, String.valueOf(findings.size())));
        return findings.isEmpty() ? 0 : 1;
    }

    /** e.g. {@code ORPHAN vanished_layer：已不存在的图层……}: the stable machine code, then the sentence. */
    static String line(CheckFinding finding, java.util.Locale locale) {
        return UserText.format(locale, "cli.check.finding", finding.where(),
                UserText.format(locale, finding.key(), finding.arguments().toArray()));
    }
}
