package rectimap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Messages about tables (issue 12, point 17) as a user reads them from {@code import}: a damaged or odd .xlsx never
 * shows a Java class name (POI's {@code org.apache.poi.openxml4j.exceptions.InvalidFormatException: …}); a 3 MB cell
 * is quoted by its first 80 characters; a CSV with thousands of columns, or a row with more cells than the header,
 * is an input error (exit 2) naming the file and the row, not a failure to write the project. The project is
 * byte-identical after each.
 */
class TableInputMessagesTest {
    @TempDir
    Path dir;

    @Test
    void damagedWorkbooksAreDescribedWithoutJavaClassNames() throws Exception {
        Path project = ExchangeFixtures.project(dir);
        String before = ExchangeFixtures.sha256(project);
        Path valid = ExchangeFixtures.gdalMade(dir, ExchangeFixtures.POINTS_CSV, "XLSX", dir.resolve("valid.xlsx"),
                "-lco", "GEOMETRY=AS_XY");
        Path badRelations = rezipped(valid, "bad-rels.xlsx", "xl/_rels/workbook.xml.rels", "<Relationships");
        Path badWorkbook = rezipped(valid, "bad-workbook.xlsx", "xl/workbook.xml", "<workbook");
        Path text = dir.resolve("text.xlsx");
        Files.writeString(text, "名称,经度,纬度\n甲,111,35\n", StandardCharsets.UTF_8);

        for (Path bad : new Path[] {badRelations, badWorkbook, text}) {
            ExchangeFixtures.CliRun run = ExchangeFixtures.cli("import", "--lang", "en", "--project", project.toString(), "--file",
                    bad.toString());
            assertThat(run.code()).as(run.err()).isEqualTo(2);
            assertThat(run.err()).contains(bad.getFileName().toString(), "The project is unchanged");
            assertThat(ImportFuzzTest.CLASS_NAME.matcher(run.err()).find()).as(run.err()).isFalse();
        }
        assertThat(ExchangeFixtures.sha256(project)).isEqualTo(before);
    }

    @Test
    void aHugeCellIsQuotedShortly() throws Exception {
        Path project = ExchangeFixtures.project(dir);
        Path csv = dir.resolve("huge.csv");
        Files.writeString(csv, "经度,纬度,名称\n111,35,甲\n111.1,3" + "5".repeat(3_000_000) + "x,乙\n",
                StandardCharsets.UTF_8);

        ExchangeFixtures.CliRun run = ExchangeFixtures.cli("import", "--lang", "en", "--project", project.toString(), "--file",
                csv.toString());

        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains("huge.csv, record 2", "3555555555", "…").hasSizeLessThan(1000);
    }

    @Test
    void thousandsOfColumnsAreAnInputErrorNotAWriteFailure() throws Exception {
        Path project = ExchangeFixtures.project(dir);
        String before = ExchangeFixtures.sha256(project);
        StringBuilder header = new StringBuilder("x,y");
        StringBuilder row = new StringBuilder("111,35");
        for (int c = 0; c < 3000; c++) {
            header.append(",c").append(c);
            row.append(",v");
        }
        Path wide = dir.resolve("wide.csv");
        Files.writeString(wide, header + "\n" + row + "\n", StandardCharsets.UTF_8);

        ExchangeFixtures.CliRun run = ExchangeFixtures.cli("import", "--lang", "en", "--project", project.toString(), "--file",
                wide.toString());

        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains("Unsupported file format or content", "wide.csv", "3,000 columns", "at most 1,998",
                "The project is unchanged").doesNotContain("WRITE_FAILED", "SQLITE");
        assertThat(ExchangeFixtures.sha256(project)).isEqualTo(before);
    }

    @Test
    void aRowWithMoreCellsThanTheHeaderIsNamed() throws Exception {
        Path project = ExchangeFixtures.project(dir);
        String before = ExchangeFixtures.sha256(project);
        Path csv = dir.resolve("shifted.csv");
        Files.writeString(csv, "经度,纬度,名称\n111,35,甲\n111.1,35.1,北相镇,东段\n111.2,35.2,丙,,\n",
                StandardCharsets.UTF_8);

        ExchangeFixtures.CliRun run = ExchangeFixtures.cli("import", "--lang", "en", "--project", project.toString(), "--file",
                csv.toString());

        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains("shifted.csv, record 2", "row 3 of the file has 4 cells but the header has 3",
                "The project is unchanged");
        assertThat(ExchangeFixtures.sha256(project)).isEqualTo(before);
    }

    /** {@code valid} with the entry {@code name} cut just after {@code marker}. */
    private Path rezipped(Path valid, String target, String name, String marker) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(valid));
             ZipOutputStream zip = new ZipOutputStream(out)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                byte[] content = in.readAllBytes();
                if (entry.getName().equals(name)) {
                    String xml = new String(content, StandardCharsets.UTF_8);
                    content = xml.substring(0, xml.indexOf(marker) + marker.length() + 3)
                            .getBytes(StandardCharsets.UTF_8);
                }
                zip.putNextEntry(new ZipEntry(entry.getName()));
                zip.write(content);
                zip.closeEntry();
            }
        }
        Path file = dir.resolve(target);
        Files.write(file, out.toByteArray());
        return file;
    }
}
