package rectimap.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import rectimap.model.StoreException;
import rectimap.store.CheckFinding;
import rectimap.store.ProjectCheck;

/**
 * {@code check --project FILE}: SQLite's integrity check, GeoPackage validity, spatial indexes, invalid geometries
 * by layer and fid with the reason, orphan records (see {@link ProjectCheck}) and planning features whose place
 * names match no official division ({@link PlaceNameFindings}). Prints one line per problem.
 * Exit 0 clean, 1 problems found, 2 bad arguments or a file that cannot be read as a GeoPackage.
 */
public final class CheckCommand implements CliCommand {

    @Override
    public String name() {
        return "check";
    }

    @Override
    public String usage() {
        return "check --project FILE [--repair]   integrity, GeoPackage validity, spatial indexes, invalid geometries,"
                + " orphans, unmatched place names; --repair first rebuilds broken spatial indexes (one transaction)";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        Path project;
        List<String> options = args.stream().filter(arg -> !arg.equals("--repair")).toList();
        try {
            project = Path.of(CommandOptions.parse(options, Set.of("--project"), Set.of("--project")).get("--project"));
        } catch (CommandOptions.BadOptions e) {
            err.println("check: " + e.getMessage() + "; usage: " + usage());
            return 2;
        }
        List<CheckFinding> findings;
        try {
            if (options.size() < args.size()) {
                SpatialIndexRebuild.run(project, args, out);
            }
            findings = new java.util.ArrayList<>(ProjectCheck.run(project,
                    unfinished -> ProjectReading.tell(unfinished, project, args, err)));
            findings.addAll(PlaceNameFindings.of(project));
        } catch (StoreException e) {
            err.println(ProjectFailure.line("check", e, args));
            return 2;
        }
        findings.forEach(out::println);
        out.println(project + ": " + (findings.isEmpty() ? "no problems found" : findings.size() + " problem(s)"));
        return findings.isEmpty() ? 0 : 1;
    }
}
