package rectimap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import rectimap.geo.Measure;
import rectimap.model.Feature;
import rectimap.print.PrintFixtureAccess;

/**
 * The 解州镇 A3 sheet printed through the real CLI and read back from its PDF: the legend's figures are of what lies
 * inside the township (no 亩 figure exceeds the township's own ellipsoidal area), say so, class the cases by traffic
 * light and leave no row out.
 */
class PlaceSheetFiguresTest {

    @TempDir
    static Path dir;
    private static String text;
    private static String withTable;

    @BeforeAll
    static void printTheSheet() throws Exception {
        text = print("jiezhou.pdf");
        withTable = print("jiezhou-table.pdf", "--parts", "north,legend,scale,note,inset,table,grey");
    }

    private static String print(String name, String... more) throws Exception {
        Path pdf = dir.resolve(name);
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        List<String> args = new ArrayList<>(List.of("print", "--extent", "township:解州镇", "--paper", "A3",
                "--out", pdf.toString()));
        args.addAll(List.of(more));
        int code = RectimapCli.standard().run(args, new PrintStream(new ByteArrayOutputStream(), true,
                StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        assertThat(code).as(err.toString(StandardCharsets.UTF_8)).isZero();
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(document);
        }
    }

    private static double townshipMu() {
        Feature township = PrintFixtureAccess.project().layer("township").orElseThrow().layer().features().stream()
                .filter(f -> f.text("name").equals("解州镇")).findFirst().orElseThrow();
        return Measure.m2ToMu(Measure.areaM2(township.geometry()));
    }

    @Test
    void noAreaFigureExceedsTheTownship() {
        double township = townshipMu();
        List<Double> figures = new ArrayList<>();
        Matcher matcher = Pattern.compile("([0-9][0-9,]*(?:\\.[0-9]+)?)\\s*(万)?亩").matcher(text);
        while (matcher.find()) {
            double value = Double.parseDouble(matcher.group(1).replace(",", ""));
            figures.add(matcher.group(2) != null ? value * 10_000 : value);
        }
        assertThat(figures).as("亩 figures on the sheet").isNotEmpty();
        assertThat(figures).as("township %.0f 亩", township).allSatisfy(mu -> assertThat(mu)
                .isLessThanOrEqualTo(township * 1.0001));
    }

    @Test
    void theLegendSaysItsFiguresAreOfTheTownship() {
        assertThat(text).contains("本镇范围内");
    }

    @Test
    void casesAreClassedByTrafficLightNotByDeadline() {
        assertThat(text).containsAnyOf("逾期", "临期", "按期", "已办结");
        assertThat(text).doesNotContainPattern("20[0-9]{2}-[0-9]{2}-[0-9]{2}\\s*[0-9]+\\s*处");
        assertThat(text).doesNotContain("整改中 1 处", "回头看 1 处");
    }

    @Test
    void everyLegendRowIsShown() {
        assertThat(text).doesNotContain("未列出");
    }

    @Test
    void aShortResponsibilityTableLeavesTheLegendWhole() {
        // The planner session's landscape A3 of 解州镇 with 责任区表: a five-row table took 45% of the side panel,
        // so the legend shrank and lost its last rows ("另有 5 条未列出") above an empty stretch.
        assertThat(withTable).contains("责任区一览", "常平村委会").doesNotContain("未列出");
    }
}
