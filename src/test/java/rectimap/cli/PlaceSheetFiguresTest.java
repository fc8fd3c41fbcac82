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

    @BeforeAll
    static void printTheSheet() throws Exception {
        Path pdf = dir.resolve("jiezhou.pdf");
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = RectimapCli.standard().run(List.of("print", "--extent", "township:解州镇", "--paper", "A3",
                        "--out", pdf.toString()), new PrintStream(new ByteArrayOutputStream(), true,
                        StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        assertThat(code).as(err.toString(StandardCharsets.UTF_8)).isZero();
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            text = new PDFTextStripper().getText(document);
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
}
