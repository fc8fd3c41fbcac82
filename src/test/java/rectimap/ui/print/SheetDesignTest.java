package rectimap.ui.print;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Envelope;
import rectimap.campaign.ProjectAssembler;
import rectimap.model.Project;
import rectimap.print.ExportPreset;
import rectimap.print.Orientation;
import rectimap.print.Paper;
import rectimap.print.SheetElement;
import rectimap.print.SheetExtent;
import rectimap.print.SheetSpec;
import rectimap.store.AccessMode;
import rectimap.store.GeoPackageStore;

/** The designer's view-model on the committed sample: defaults, titles derived from what is shown, stored text. */
class SheetDesignTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 29);
    private static final Envelope VIEW = new Envelope(37_490_000, 37_500_000, 3_870_000, 3_880_000);
    private static PrintPlaces places;

    @BeforeAll
    static void readSample() {
        Path file = Path.of("maps", "yanhu-sample.gpkg");
        try (GeoPackageStore store = GeoPackageStore.open(file, AccessMode.READ_ONLY)) {
            Project project = ProjectAssembler.assemble(file, store);
            places = new PrintPlaces(project);
        }
    }

    private static SheetTitles titles(Optional<SheetPlace> viewTownship) {
        return new SheetTitles(places, viewTownship);
    }

    @Test
    void thePickersListTheSamplesTownshipsVillagesAndDemonstrationSites() {
        assertThat(places.districtName()).isEqualTo("盐湖区");
        assertThat(places.townships()).hasSize(22).extracting(SheetPlace::name).contains("解州镇", "龙居镇");
        assertThat(places.villagesOf("140802101000")).extracting(SheetPlace::name)
                .contains("雷家坡村委会", "西张耿村委会").allSatisfy(name -> assertThat(name).isNotBlank());
        assertThat(places.sites()).extracting(SheetPlace::name).containsExactly("解州镇", "龙居镇", "三路里镇",
                "雷家坡村委会", "西张耿村委会", "苏村村委会", "牛庄村委会");
        SheetPlace jiezhou = places.townships().stream().filter(t -> t.name().equals("解州镇")).findFirst().orElseThrow();
        org.locationtech.jts.geom.Point inside = jiezhou.lonLat().getInteriorPoint();
        assertThat(places.townshipAt(inside.getX(), inside.getY())).contains(jiezhou);
    }

    @Test
    void aFirstSheetIsAnA4OfTheViewTitledAfterTheTownshipTheViewIsIn() {
        SheetDesign design = SheetDesign.defaults();
        SheetPlace jiezhou = places.byCode("140802100000").orElseThrow();
        SheetSpec spec = SheetPlans.preview(design, titles(Optional.of(jiezhou)), VIEW, TODAY).spec();

        assertThat(spec.paper()).isEqualTo(Paper.A4);
        assertThat(spec.orientation()).isEqualTo(Orientation.PORTRAIT);
        assertThat(spec.title()).isEqualTo("解州镇 环境整治责任区分布图");
        assertThat(spec.subtitle()).isEqualTo("盐湖区城乡环境整治一张图");
        assertThat(spec.compilingUnit()).isEqualTo("盐湖区城乡环境整治工作领导小组办公室");
        assertThat(spec.extent()).isEqualTo(new SheetExtent.ViewExtent(VIEW));
        assertThat(spec.scaleDenominator()).isZero();
        assertThat(spec.elements()).contains(SheetElement.NORTH_ARROW, SheetElement.LEGEND, SheetElement.SCALE_BAR);
        assertThat(spec.date()).isEqualTo(TODAY);
        assertThat(design.pageWidthMm()).isEqualTo(210);
        assertThat(design.withOrientation(Orientation.LANDSCAPE).withPaper(Paper.A3).pageWidthMm()).isEqualTo(420);

        SheetSpec wide = SheetPlans.preview(design, titles(Optional.empty()), VIEW, TODAY).spec();
        assertThat(wide.title()).as("a view wider than a township").isEqualTo("盐湖区 环境整治责任区分布图");
    }

    @Test
    void theTitleFollowsThePickedPlaceUntilTheUserTypesOne() {
        SheetTitles titles = titles(Optional.empty());
        SheetDesign village = SheetDesign.defaults().withExtent(ExtentChoice.VILLAGE, "140802101000", "140802101207", "");
        assertThat(titles.title(village)).isEqualTo("龙居镇 雷家坡村委会 环境整治责任区分布图");
        assertThat(SheetPlans.preview(village, titles, VIEW, TODAY).spec().extent())
                .isEqualTo(new SheetExtent.DivisionExtent("140802101207"));
        SheetDesign site = village.withExtent(ExtentChoice.DEMONSTRATION_SITE, "", "", "140802104000");
        assertThat(titles.title(site)).isEqualTo("三路里镇 环境整治责任区分布图");
        assertThat(SheetPlans.preview(site, titles, VIEW, TODAY).spec().extent())
                .isEqualTo(new SheetExtent.SiteExtent("140802104000"));
        SheetDesign typed = site.withTexts("三路里镇拆违攻坚图", "", "运城市盐湖区住建局");
        assertThat(titles.title(typed)).isEqualTo("三路里镇拆违攻坚图");
        assertThat(titles.compilingUnit(typed)).isEqualTo("运城市盐湖区住建局");
    }

    @Test
    void anAtlasHasOnePagePerPlaceEachTitledAfterIt() {
        SheetTitles titles = titles(Optional.empty());
        List<PlannedSheet> townships = SheetPlans.of(SheetDesign.defaults().withAtlas(AtlasChoice.PER_TOWNSHIP,
                AtlasFiles.PDF_PER_TOWNSHIP), titles, VIEW, TODAY);
        assertThat(townships).hasSize(22);
        assertThat(townships).extracting(p -> p.spec().title()).contains("解州镇 环境整治责任区分布图");
        assertThat(townships).allSatisfy(p -> assertThat(p.spec().extent())
                .isEqualTo(new SheetExtent.DivisionExtent(p.townshipCode())));
        List<PlannedSheet> villages = SheetPlans.of(SheetDesign.defaults().withExtent(ExtentChoice.TOWNSHIP,
                "140802101000", "", "").withAtlas(AtlasChoice.VILLAGES_OF_TOWNSHIP, AtlasFiles.ONE_PDF), titles,
                VIEW, TODAY);
        assertThat(villages).hasSize(places.villagesOf("140802101000").size()).isNotEmpty()
                .allSatisfy(p -> assertThat(p.townshipName()).isEqualTo("龙居镇"));
        assertThat(SheetPlans.of(SheetDesign.defaults().withAtlas(AtlasChoice.DEMONSTRATION_SITES, AtlasFiles.ONE_PDF),
                titles, VIEW, TODAY)).hasSize(7);
    }

    @Test
    void aDesignSurvivesItsStoredTextAndUnknownValuesFallBackOneByOne() {
        SheetDesign design = SheetDesign.defaults().withPaper(Paper.A3).withOrientation(Orientation.LANDSCAPE)
                .withTexts("解州镇 = 责任区: 示意", "第二行\n副标题", "盐湖区住建局").withScale(10_000)
                .withExtent(ExtentChoice.TOWNSHIP, "140802100000", "", "")
                .withElement(SheetElement.OVERVIEW_INSET, true).withElement(SheetElement.LEGEND, false)
                .withDate(LocalDate.of(2026, 12, 1)).withAtlas(AtlasChoice.PER_TOWNSHIP, AtlasFiles.PDF_PER_TOWNSHIP)
                .withPreset(ExportPreset.PRINT);
        String text = SheetDesignText.write(design);
        assertThat(SheetDesignText.read(text)).isEqualTo(design);
        assertThat(SheetDesignText.write(SheetDesignText.read(text))).isEqualTo(text);

        SheetDesign damaged = SheetDesignText.read(text.replace("paper=A3", "paper=B5").replace("scale=10000",
                "scale=lots"));
        assertThat(damaged.paper()).isEqualTo(SheetDesign.defaults().paper());
        assertThat(damaged.scaleDenominator()).isZero();
        assertThat(damaged.orientation()).isEqualTo(Orientation.LANDSCAPE);
        assertThat(SheetDesignText.read("")).isEqualTo(SheetDesign.defaults());
    }
}
