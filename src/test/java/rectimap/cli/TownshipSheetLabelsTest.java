package rectimap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import rectimap.print.PrintFixtureAccess;
import rectimap.print.SheetContent;
import rectimap.print.SheetPlace;

/**
 * A printed township sheet names the township's villages: {@code print --extent township:解州镇 --paper A3} (1:70,500)
 * read back as text names at least 80 % of the villages the project lists under 解州镇, and no road label there only
 * repeats a village name. Label rules on paper go by paper space, not by the screen's scale thresholds.
 */
class TownshipSheetLabelsTest {

    @TempDir
    Path dir;

    @Test
    void theA3JiezhouSheetNamesItsVillages() throws Exception {
        Path pdf = dir.resolve("jiezhou.pdf");
        CliConsole console = new CliConsole();
        int code = console.run("print", "--extent", "township:解州镇", "--paper", "A3", "--out", pdf.toString());
        assertThat(code).as(console.err()).isZero();
        List<String> villages = SheetContent.of(PrintFixtureAccess.project()).villagesOf("解州镇").stream()
                .map(SheetPlace::name).toList();
        assertThat(villages).hasSizeGreaterThanOrEqualTo(20);

        String text;
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            text = new PDFTextStripper().getText(document);
        }

        String page = text;
        List<String> named = villages.stream().filter(v -> page.replace(v + "进村路", "").contains(v)).toList();
        assertThat(named.size()).as("named %s of %s", named, villages)
                .isGreaterThanOrEqualTo((int) Math.ceil(villages.size() * 0.8));
        for (String village : named) {
            assertThat(text).as("a road label repeating %s", village).doesNotContain(village + "进村路");
        }
    }
}
