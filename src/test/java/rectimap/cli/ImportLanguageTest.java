package rectimap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code import} speaks the user's language (issue 12, import language): a failure is the window's
 * {@code exchange.<PROBLEM>} sentence, Chinese by default and English with {@code --lang en}, naming the file, the
 * record and the reason, with the command-line way out, and the project byte-identical.
 */
class ImportLanguageTest {
    @TempDir
    static Path dir;
    static Path project;
    static Path empty;
    static Path badSecond;

    @BeforeAll
    static void files() throws Exception {
        project = ExchangeFixtures.project(dir);
        empty = dir.resolve("空的.geojson");
        Files.writeString(empty, "{\"type\":\"FeatureCollection\",\"features\":[]}", StandardCharsets.UTF_8);
        badSecond = dir.resolve("坏点.geojson");
        Files.writeString(badSecond, """
                {"type":"FeatureCollection","features":[
                {"type":"Feature","properties":{"name":"甲"},"geometry":{"type":"Point","coordinates":[111.0,35.0]}},
                {"type":"Feature","properties":{"name":"乙"},"geometry":{"type":"Point","coordinates":["东","北"]}}]}
                """, StandardCharsets.UTF_8);
    }

    @Test
    void aFailureIsOneChineseSentenceByDefault() throws Exception {
        String before = ExchangeFixtures.sha256(project);

        ExchangeFixtures.CliRun run = ExchangeFixtures.cli("import", "--project", project.toString(), "--file",
                empty.toString());

        assertThat(run.code()).as(run.err()).isEqualTo(2);
        assertThat(run.err()).contains("文件中没有要素", empty.toString(), "项目未作修改")
                .doesNotContain("unchanged", "EMPTY", "Exception");
        assertThat(ExchangeFixtures.sha256(project)).isEqualTo(before);
    }

    @Test
    void aFailureIsEnglishWithLangEn() throws Exception {
        ExchangeFixtures.CliRun run = ExchangeFixtures.cli("import", "--project", project.toString(), "--file",
                empty.toString(), "--lang", "en");

        assertThat(run.code()).as(run.err()).isEqualTo(2);
        assertThat(run.err()).contains("The file holds no features", empty.toString(), "The project is unchanged")
                .doesNotContainPattern("\\p{IsHan}{2}[^.]*没有");
    }

    @Test
    void aRecordProblemNamesTheRecordInChinese() throws Exception {
        String before = ExchangeFixtures.sha256(project);

        ExchangeFixtures.CliRun run = ExchangeFixtures.cli("import", "--project", project.toString(), "--file",
                badSecond.toString());

        assertThat(run.code()).as(run.err()).isEqualTo(2);
        assertThat(run.err()).contains(badSecond.toString(), "第 2 条记录", "项目未作修改");
        assertThat(ExchangeFixtures.sha256(project)).isEqualTo(before);
    }
}
