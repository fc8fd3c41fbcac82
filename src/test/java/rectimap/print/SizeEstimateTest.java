package rectimap.print;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.util.List;
import org.assertj.core.data.Percentage;
import org.junit.jupiter.api.Test;

/** The size shown before an export against the size of the real export. */
class SizeEstimateTest {

    private final SheetContent content = PrintFixture.sampleContent();

    @Test
    void pdfEstimateOfTheTownshipAtlasIsWithinFifteenPercentOfTheFile() throws Exception {
        AtlasPlan plan = new AtlasPlan(AtlasPlan.Kind.TOWNSHIPS, "", SheetSpec.of(new SheetExtent.DistrictExtent())
                .withPaper(Paper.A4, Orientation.LANDSCAPE), AtlasPlan.Split.ONE_FILE);
        List<SheetSpec> specs = plan.parts(content).get(0).sheets();
        List<PreparedSheet> sheets = AtlasWriter.prepare(specs, content);
        long estimate = SizeEstimate.pdfBytes(sheets);
        ByteArrayOutputStream real = new ByteArrayOutputStream();
        SheetPdfWriter.write(sheets, real);
        assertThat(estimate).isCloseTo(real.size(), Percentage.withPercentage(15));
        assertThat(SizeEstimate.pdfBytes(sheets.subList(0, 1))).isEqualTo(pdfSize(sheets.subList(0, 1)));
    }

    @Test
    void pngEstimateAtEachPresetIsWithinAThirdOfTheFile() throws Exception {
        PreparedSheet sheet = PreparedSheet.prepare(SheetSpec.of(new SheetExtent.DivisionExtent("解州镇"))
                .withPaper(Paper.A4, Orientation.LANDSCAPE), content);
        for (ExportPreset preset : List.of(ExportPreset.SCREEN, ExportPreset.MEETING)) {
            ByteArrayOutputStream real = new ByteArrayOutputStream();
            SheetPngWriter.write(sheet, preset.dpi(), real);
            assertThat(SizeEstimate.bytes(List.of(sheet), ExportFormat.PNG, preset)).as(preset.name())
                    .isCloseTo((long) real.size(), Percentage.withPercentage(33));
        }
    }

    private static long pdfSize(List<PreparedSheet> sheets) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        SheetPdfWriter.write(sheets, out);
        return out.size();
    }
}
