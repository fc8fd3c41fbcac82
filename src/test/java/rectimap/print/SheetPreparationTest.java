package rectimap.print;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Envelope;

/** Extents, scales, titles and tables resolved against the sample. */
class SheetPreparationTest {

    private final SheetContent content = PrintFixture.sampleContent();

    @Test
    void fittedScaleShowsTheWholeTownshipAtARoundScale() throws Exception {
        PreparedSheet sheet = PreparedSheet.prepare(SheetSpec.of(new SheetExtent.DivisionExtent("解州镇")), content);
        assertThat(sheet.scaleDenominator() % 500).isZero();
        assertThat(sheet.mapExtent().covers(content.township("解州镇").extentDisplay())).isTrue();
        // Fitted, not loose: one step of 500 smaller would no longer hold the padded township.
        PreparedSheet tighter = PreparedSheet.prepare(SheetSpec.of(new SheetExtent.DivisionExtent("解州镇"))
                .withScale(sheet.scaleDenominator() * 0.9), content);
        assertThat(tighter.mapExtent().covers(content.township("解州镇").extentDisplay())).isFalse();
        assertThat(sheet.title()).isEqualTo("解州镇 环境整治责任区分布图");
    }

    @Test
    void aChosenNiceScaleIsKeptExactlyAndCentredOnThePlace() throws Exception {
        SheetPlace town = content.township("140802100000");
        PreparedSheet sheet = PreparedSheet.prepare(SheetSpec.of(new SheetExtent.DivisionExtent(town.code()))
                .withScale(50_000), content);
        assertThat(sheet.scaleDenominator()).isEqualTo(50_000);
        assertThat(sheet.mapExtent().getWidth()).isCloseTo(sheet.layout().map().width() * 50,
                org.assertj.core.data.Offset.offset(1e-6));
        assertThat(sheet.mapExtent().centre()).isEqualTo(town.extentDisplay().centre());
    }

    @Test
    void districtSiteAndVillageSheetsGetTheirPlaceInTheTitle() throws Exception {
        assertThat(PreparedSheet.prepare(SheetSpec.of(new SheetExtent.DistrictExtent()), content).title())
                .isEqualTo("盐湖区 环境整治责任区分布图");
        SheetPlace site = content.sites().stream().filter(p -> p.kind() == SheetPlace.Kind.VILLAGE).findFirst()
                .orElseThrow();
        PreparedSheet village = PreparedSheet.prepare(SheetSpec.of(new SheetExtent.SiteExtent(site.code())),
                content);
        assertThat(village.title()).isEqualTo(site.townshipName() + site.name() + " 环境整治责任区分布图");
        assertThat(content.sites()).extracting(SheetPlace::name).contains("解州镇", "龙居镇", "三路里镇");
        assertThat(content.sites()).hasSize(7);
    }

    @Test
    void aViewExtentIsShownWhole() throws Exception {
        Envelope view = new Envelope(content.township("解州镇").extentDisplay().centre());
        view.expandBy(3000, 2000);
        PreparedSheet sheet = PreparedSheet.prepare(SheetSpec.of(new SheetExtent.ViewExtent(view)), content);
        assertThat(sheet.mapExtent().covers(view)).isTrue();
        assertThat(sheet.place()).isNull();
    }

    @Test
    void responsibilityTableListsTheAreasOnTheSheet() throws Exception {
        PreparedSheet sheet = PreparedSheet.prepare(SheetSpec.of(new SheetExtent.DivisionExtent("解州镇"))
                .withElements(EnumSet.of(SheetElement.RESPONSIBILITY_TABLE)), content);
        SheetTable table = sheet.tables().get(0);
        assertThat(table.headers()).containsExactly("区域", "责任人", "单位", "电话");
        assertThat(table.rows()).isNotEmpty().allSatisfy(row -> assertThat(row.get(1)).isNotBlank());
        assertThat(sheet.legend()).isEmpty();
    }

    @Test
    void unknownPlacesAndSitesAreNamedInTheMessage() {
        assertThatThrownBy(() -> PreparedSheet.prepare(SheetSpec.of(new SheetExtent.DivisionExtent("火星镇")),
                content)).isInstanceOfSatisfying(SheetException.class, e -> {
                    assertThat(e.problem()).isEqualTo(SheetProblem.UNKNOWN_PLACE);
                    assertThat(e.userMessage(Locale.CHINESE)).isEqualTo("没有名称或代码为“火星镇”的乡镇或村（社区）");
                });
        assertThatThrownBy(() -> PreparedSheet.prepare(SheetSpec.of(new SheetExtent.SiteExtent("140802999999")),
                content)).isInstanceOfSatisfying(SheetException.class,
                        e -> assertThat(e.userMessage(Locale.ENGLISH)).contains("140802999999",
                                "not the code of a demonstration site"));
    }

    @Test
    void extraTablesArePrintedAsTextEvenOnASheetWithoutSidePanel() throws Exception {
        PreparedSheet bare = PreparedSheet.prepare(SheetSpec.of(new SheetExtent.DivisionExtent("解州镇"))
                .withElements(EnumSet.of(SheetElement.SCALE_BAR)), content);
        assertThat(bare.layout().panel()).isNull();
        SheetTable items = new SheetTable("整改事项", java.util.List.of("事项", "期限"),
                java.util.List.of(java.util.List.of("清理河道垃圾", "2026-12-15"),
                        java.util.List.of("拆除违建棚舍", "2026-12-31")));
        PreparedSheet sheet = bare.withTables(java.util.List.of(items));
        assertThat(sheet.layout().panel()).isNotNull();
        assertThat(sheet.scaleDenominator()).isEqualTo(bare.scaleDenominator());
        byte[] pdf = SheetPdfWriterTest.pdf(java.util.List.of(sheet));
        try (org.apache.pdfbox.pdmodel.PDDocument document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            assertThat(new org.apache.pdfbox.text.PDFTextStripper().getText(document))
                    .contains("整改事项", "清理河道垃圾", "2026-12-31");
        }
    }

    @Test
    void aTableRowMustHaveACellPerHeader() {
        assertThatThrownBy(() -> new SheetTable("t", java.util.List.of("a", "b"),
                java.util.List.of(java.util.List.of("1")))).isInstanceOf(IllegalArgumentException.class);
    }
}
