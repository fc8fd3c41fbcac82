package rectimap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import rectimap.store.GdalTools;

/**
 * {@code export --encoding} (issue 12, point 16): a Shapefile is written in GBK or UTF-8 only; any other encoding
 * (Big5, Shift_JIS, a name Java does not know) is refused with the supported list and writes nothing, instead of a
 * GBK file under the name asked for. Aliases of the two (CP936, UTF8) are accepted.
 */
class ExportEncodingTest {
    @TempDir
    Path dir;

    @Test
    void anEncodingWeDoNotWriteIsRefusedWithTheSupportedList() throws Exception {
        Path project = ExchangeFixtures.project(dir);
        for (String encoding : new String[] {"Big5", "Shift_JIS", "no-such-encoding"}) {
            Path out = dir.resolve(encoding + ".shp");

            ExchangeFixtures.CliRun run = ExchangeFixtures.cli("export", "--project", project.toString(), "--layer",
                    "village", "--format", "shp", "--encoding", encoding, "--out", out.toString());

            assertThat(run.code()).as(run.out()).isEqualTo(2);
            assertThat(run.err()).contains(encoding, "GBK", "UTF-8");
            assertThat(out).doesNotExist();
            assertThat(dir.resolve(encoding + ".dbf")).doesNotExist();
        }
    }

    @Test
    void aliasesOfGbkAndUtf8AreWrittenAsSuch() throws Exception {
        Path project = ExchangeFixtures.project(dir);
        Path gbk = dir.resolve("gbk.shp");
        Path utf8 = dir.resolve("utf8.shp");

        assertThat(ExchangeFixtures.cli("export", "--project", project.toString(), "--layer", "village", "--format",
                "shp", "--encoding", "CP936", "--out", gbk.toString()).code()).isZero();
        assertThat(ExchangeFixtures.cli("export", "--project", project.toString(), "--layer", "village", "--format",
                "shp", "--encoding", "utf8", "--out", utf8.toString()).code()).isZero();

        assertThat(Files.readString(dir.resolve("gbk.cpg")).trim()).isEqualTo("GBK");
        assertThat(Files.readString(dir.resolve("utf8.cpg")).trim()).isEqualTo("UTF-8");
        assertThat(GdalTools.ogrinfo("-al", "-so", utf8.toString()).output()).contains("Feature Count: 310");
    }
}
