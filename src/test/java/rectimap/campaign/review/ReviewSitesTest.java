package rectimap.campaign.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import rectimap.campaign.place.DivisionPlaces;
import rectimap.campaign.sample.SamplePlanning;
import rectimap.campaign.sample.SampleStyles;
import rectimap.campaign.sample.YanhuSample;
import rectimap.model.Layer;
import rectimap.model.MapLayer;
import rectimap.model.Project;

/** The review list on the Yanhu sample: the summary's named sites, planner marks, and plan items inside each boundary. */
class ReviewSitesTest {
    private static final Instant AT = Instant.parse("2026-11-29T02:00:00Z");
    private static Project sample;

    static synchronized Project sample() {
        if (sample == null) {
            List<Layer> reference = YanhuSample.generate();
            List<Layer> all = new java.util.ArrayList<>(reference);
            all.addAll(SamplePlanning.generate(reference));
            sample = new Project(java.nio.file.Path.of("sample.gpkg"), all.stream().map(l -> new MapLayer(l,
                    SampleStyles.forTableOrDefault(l.tableName(), l.info().type().geometryKind()), true, 1.0)).toList());
        }
        return sample;
    }

    @Test
    void theSummarysNamedTownsAndCultureVillagesAreListedWithRealNames() {
        Project project = sample();
        List<DemonstrationSite> sites = ReviewSites.of(project, DivisionPlaces.of(project), List.of());
        assertThat(sites.stream().filter(s -> s.kind() == SiteKind.DEMO_TOWN).map(DemonstrationSite::name))
                .containsExactly("解州镇", "龙居镇", "三路里镇");
        assertThat(sites.stream().filter(s -> s.kind() == SiteKind.CULTURE_VILLAGE).map(DemonstrationSite::name))
                .containsExactlyInAnyOrder("牛庄村委会", "雷家坡村委会", "西张耿村委会", "苏村村委会");
    }

    @Test
    void marksAddAndRemoveDemonstrationVillagesInOrder() {
        Project project = sample();
        DivisionPlaces places = DivisionPlaces.of(project);
        List<SiteMark> marks = List.of(
                new SiteMark(SiteKind.DEMO_VILLAGE, "140802100201", SiteMark.MarkAction.MARK, "规划员", AT),
                new SiteMark(SiteKind.DEMO_VILLAGE, "140802100202", SiteMark.MarkAction.MARK, "规划员", AT),
                new SiteMark(SiteKind.DEMO_VILLAGE, "140802100202", SiteMark.MarkAction.UNMARK, "规划员", AT),
                new SiteMark(SiteKind.CULTURE_VILLAGE, "140802205204", SiteMark.MarkAction.UNMARK, "规划员", AT));
        List<DemonstrationSite> sites = ReviewSites.of(project, places, marks);
        assertThat(sites.stream().filter(s -> s.kind() == SiteKind.DEMO_VILLAGE).map(DemonstrationSite::code))
                .containsExactly("140802100201");
        assertThat(sites).noneMatch(s -> s.code().equals("140802205204"));
        DemonstrationSite changping = sites.stream().filter(s -> s.kind() == SiteKind.DEMO_VILLAGE).findFirst()
                .orElseThrow();
        assertThat(changping.townshipName()).isEqualTo("解州镇");
        assertThat(changping.boundaryLonLat().covers(places.village("140802100201").orElseThrow().pointLonLat()))
                .isTrue();
    }

    @Test
    void planItemsAreTheCleanupAndDemolitionFeaturesInsideTheBoundary() {
        Project project = sample();
        List<DemonstrationSite> sites = ReviewSites.of(project, DivisionPlaces.of(project), List.of());
        DemonstrationSite jiezhou = sites.stream().filter(s -> s.name().equals("解州镇")).findFirst().orElseThrow();
        List<PlanItem> items = PlanItems.inside(project, jiezhou.boundaryLonLat());
        // The sample puts cleanup zones 2 (墙面美化) and 3 (残墙断壁) and all six demolition sites in 解州镇.
        assertThat(items).filteredOn(i -> i.table().equals("cleanup_zone")).extracting(PlanItem::kind)
                .containsExactlyInAnyOrder("墙面美化", "残墙断壁");
        assertThat(items).filteredOn(i -> i.table().equals("demolition_site")).hasSize(6);
        assertThat(items.get(0).surface()).isEqualTo(PlanSurface.WALL);
        PlanItem walls = items.stream().filter(i -> i.kind().equals("墙面美化")).findFirst().orElseThrow();
        assertThat(walls.places()).isEqualTo(48L);
        assertThat(walls.areaM2()).isEqualTo(3600.0);
        assertThat(walls.status()).isEqualTo("完成");

        DemonstrationSite xizhanggeng = sites.stream().filter(s -> s.name().equals("西张耿村委会")).findFirst()
                .orElseThrow();
        assertThat(PlanItems.inside(project, xizhanggeng.boundaryLonLat())).extracting(PlanItem::kind)
                .containsExactly("垃圾清理");
    }
}
