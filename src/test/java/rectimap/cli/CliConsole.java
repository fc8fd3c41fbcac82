package rectimap.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import rectimap.campaign.sample.SamplePlanning;
import rectimap.campaign.sample.YanhuSample;
import rectimap.store.ProjectFile;
import rectimap.store.ProjectFiles;

/**
 * The standard CLI run as a user's shell would, with what it printed kept (UTF-8), and the project the report and
 * review command tests start from: the committed sample plus its generated planning features. One per test.
 */
final class CliConsole {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    /**
     * Creates a working project at {@code file} from {@code maps/yanhu-sample.gpkg} with the sample's planning layers.
     *
     * @return the open project; the caller closes it (which releases its lock)
     */
    static ProjectFile createPlannedSample(Path file) {
        return ProjectFiles.createFromSample(Path.of("maps", "yanhu-sample.gpkg"), file,
                SamplePlanning.generate(YanhuSample.generate()));
    }

    /**
     * Publishes the planned sample (made at {@code dir}/campaign.gpkg) into a new database of the test cluster,
     * schema {@code campaign}; its address for the superuser.
     */
    static String publishPlannedSample(Path dir) {
        rectimap.store.pg.PgCluster cluster = rectimap.store.pg.PgCluster.shared();
        Path file = dir.resolve("campaign.gpkg");
        try (ProjectFile project = createPlannedSample(file)) {
            project.journal().orElseThrow().close();
        }
        String url = cluster.url(rectimap.store.pg.PgCluster.SUPERUSER, cluster.createDatabase()) + "?schema=campaign";
        CliConsole published = new CliConsole();
        if (published.run("publish", "--project", file.toString(), "--to", url) != 0) {
            throw new IllegalStateException(published.err());
        }
        return url;
    }

    /** Runs {@code RectimapCli.standard()} with these arguments; returns its exit code (0 ok, 2 bad input). */
    int run(String... args) {
        return RectimapCli.standard().run(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    /** Everything printed to standard output so far. */
    String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    /** Everything printed to standard error so far. */
    String err() {
        return err.toString(StandardCharsets.UTF_8);
    }
}
