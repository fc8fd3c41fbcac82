package rectimap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import rectimap.campaign.planning.ResponsibilityAreaSchema;
import rectimap.print.PrintFixtureAccess;
import rectimap.print.SheetContent;
import rectimap.print.SheetPlace;

/**
 * A printed township sheet names the township's villages and its responsible persons: {@code print --extent township:解州镇 --paper A3} (1:70,500)
 * read back as text names at least 80 % of the villages the project lists under 解州镇, and no road label there only
 * repeats a village name; the 区领导包乡镇 leader of 解州镇 and its 乡镇干部包村 cadres are all named (a responsibility name is
 * the theme of the sheet and is moved off a collision, never dropped). Label rules on paper go by paper space, not by
 * the screen's scale thresholds.
 */
class TownshipSheetLabelsTest {

    @TempDir
    static Path dir;

    private static String text;

    @BeforeAll
    static void printTheA3JiezhouSheet() throws Exception {
        Path pdf = dir.resolve("jiezhou.pdf");
        CliConsole console = new CliConsole();
        int code = console.run("print", "--extent", "township:解州镇", "--paper", "A3", "--out", pdf.toString());
        assertThat(code).as(console.err()).isZero();
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            text = new PDFTextStripper().getText(document);
        }
    }

    @Test
    void theA3JiezhouSheetNamesItsResponsiblePersons() {
        List<String> persons = PrintFixtureAccess.project().layer(ResponsibilityAreaSchema.TABLE).orElseThrow()
                .layer().features().stream()
                .filter(f -> "解州镇".equals(f.text("township")))
                .map(f -> f.text("person")).toList();
        assertThat(persons).as("the leader and three cadres of 解州镇").hasSize(4);
        assertThat(text).contains(persons);
    }

    @Test
    void theA3JiezhouSheetNamesItsVillages() throws Exception {
        List<String> villages = SheetContent.of(PrintFixtureAccess.project()).villagesOf("解州镇").stream()
                .map(SheetPlace::name).toList();
        assertThat(villages).hasSizeGreaterThanOrEqualTo(20);

        String page = text;
        List<String> named = villages.stream().filter(v -> page.replace(v + "进村路", "").contains(v)).toList();
        assertThat(named.size()).as("named %s of %s", named, villages)
                .isGreaterThanOrEqualTo((int) Math.ceil(villages.size() * 0.8));
        for (String village : named) {
            assertThat(text).as("a road label repeating %s", village).doesNotContain(village + "进村路");
        }
    }
}
