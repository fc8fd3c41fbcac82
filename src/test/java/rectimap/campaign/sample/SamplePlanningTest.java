package rectimap.campaign.sample;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Geometry;
import rectimap.campaign.planning.DemolitionStatus;
import rectimap.campaign.planning.PlanningRules;
import rectimap.campaign.planning.PlanningSchemas;
import rectimap.geo.GeometryCheck;
import rectimap.geo.Measure;
import rectimap.model.Feature;
import rectimap.model.Layer;
import rectimap.model.LayerRole;

class SamplePlanningTest {
    private static final List<Layer> PLANNING = SamplePlanning.generate(GeneratedYanhu.layers());

    private static List<Feature> features(String table) {
        return PLANNING.stream().filter(l -> l.tableName().equals(table)).findFirst().orElseThrow().features();
    }

    @Test
    void thePlanningLayersHoldValidFeaturesLabelledSchematic() {
        assertThat(PLANNING).extracting(l -> l.info().title())
                .containsExactly("责任区", "道路责任段", "整治片区", "拆违点", "督办件", "村隶属调整");
        for (Layer layer : PLANNING) {
            assertThat(layer.info()).isEqualTo(PlanningSchemas.forTable(layer.tableName()).orElseThrow().info());
            assertThat(layer.info().role()).isEqualTo(LayerRole.PLANNING);
            assertThat(layer.features()).hasSizeBetween(3, switch (layer.tableName()) {
                case "responsibility_area" -> 30;
                case "jurisdiction_change" -> 35;
                default -> 8;
            });
            for (Feature feature : layer.features()) {
                assertThat(PlanningRules.INSTANCE.problems(layer.info(), null, feature)).as(feature.toString()).isEmpty();
                assertThat(GeometryCheck.problem(feature.geometry())).as(feature.toString()).isEmpty();
                assertThat(feature.text("note")).startsWith("示意");
                assertThat(feature.geometry().getSRID()).isEqualTo(4490);
                assertThat(feature.attributes().keySet()).containsExactlyElementsOf(
                        layer.info().type().fields().stream().map(f -> f.name()).toList());
            }
        }
    }

    @Test
    void responsibilityAreasOfSeveralKindsLieInRealTownshipsAndSameKindsDoNotOverlap() {
        List<Feature> areas = features("responsibility_area");
        assertThat(areas).extracting(a -> a.text("kind")).contains("区领导包乡镇", "乡镇干部包村", "保洁公司服务区", "巡逻片区");
        assertThat(areas).filteredOn(a -> a.text("kind").equals("保洁公司服务区")).extracting(a -> a.text("unit"))
                .containsExactly("启迪桑德");

        Geometry jiezhou = GeneratedYanhu.township("140802100000").geometry();
        List<Feature> cadres = areas.stream().filter(a -> a.text("kind").equals("乡镇干部包村")).toList();
        assertThat(cadres).hasSize(3).allSatisfy(cadre -> {
            assertThat(cadre.text("township")).isEqualTo("解州镇");
            // inside the township but for the projection round trip (micrometres)
            assertThat(Measure.areaM2(cadre.geometry().difference(jiezhou))).isLessThan(1.0);
        });
        Map<String, List<Feature>> byKind = areas.stream().collect(Collectors.groupingBy(a -> a.text("kind")));
        byKind.values().forEach(same -> {
            for (int i = 0; i < same.size(); i++) {
                for (int j = i + 1; j < same.size(); j++) {
                    assertThat(Measure.areaM2(same.get(i).geometry().intersection(same.get(j).geometry())))
                            .isLessThan(1.0);
                }
            }
        });
        assertThat(areas).allSatisfy(a -> assertThat(a.get("area_m2")).isEqualTo(Measure.areaM2(a.geometry())));
    }

    @Test
    void roadSegmentsFollowTheirSampleRoads() {
        List<Feature> segments = features("road_responsibility");
        assertThat(segments).hasSize(3);
        for (Feature segment : segments) {
            Geometry road = GeneratedYanhu.features("road").filter(r -> r.text("name").equals(segment.text("road")))
                    .findFirst().orElseThrow().geometry();
            assertThat(segment.geometry().distance(road)).isLessThan(1e-6);
            assertThat((Double) segment.get("length_m")).isGreaterThan(1000).isEqualTo(Measure.lengthM(segment.geometry()));
            assertThat(segment.text("from_place")).matches("K\\d+\\+\\d{3}");
        }
    }

    @Test
    void cleanupZonesCoverBothPhasesAsPointsAndAreasAndSitesEveryStatus() {
        List<Feature> zones = features("cleanup_zone");
        assertThat(zones).extracting(z -> z.text("phase")).contains("攻坚行动", "冬季行动");
        assertThat(zones).extracting(z -> z.geometry().getGeometryType()).containsOnly("Point", "MultiPolygon")
                .contains("Point", "MultiPolygon");
        Feature walls = zones.stream().filter(z -> z.text("kind").equals("墙面美化")).findFirst().orElseThrow();
        assertThat((Double) walls.get("area_m2")).isCloseTo(300 * 200, within(60.0));

        List<Feature> sites = features("demolition_site");
        assertThat(sites).extracting(s -> s.text("status")).containsExactlyInAnyOrder(
                java.util.Arrays.stream(DemolitionStatus.values()).map(DemolitionStatus::label).toArray(String[]::new));
    }

    @Test
    void casesComeFromEveryChannelInEveryStatus() {
        List<Feature> cases = features("supervision_case");
        assertThat(cases).extracting(c -> c.text("source")).contains(rectimap.campaign.cases.CaseSource.labels());
        assertThat(cases).extracting(c -> c.text("status")).contains(rectimap.campaign.cases.CaseStatus.labels());
        assertThat(cases).allSatisfy(c -> assertThat(c.geometry().getGeometryType()).isEqualTo("Point"));
    }

    /** Identify showed 乡镇代码 empty for every sample case: each case in a township carries its official code. */
    @Test
    void casesInATownshipCarryItsOfficialCode() {
        Map<String, String> official = GeneratedYanhu.layers().stream().filter(l -> l.tableName().equals("township"))
                .flatMap(l -> l.features().stream()).collect(Collectors.toMap(f -> f.text("name"), f -> f.text("code")));
        assertThat(features("supervision_case")).filteredOn(c -> !c.text("township").isEmpty()).hasSizeGreaterThan(4)
                .allSatisfy(c -> assertThat(c.text("town_code")).isEqualTo(official.get(c.text("township"))));
        assertThat(official.get("解州镇")).isEqualTo("140802100000");
    }

    @Test
    void thirtyFiveVillagesComeFromTheDevelopmentZoneOnTheTwentySixthOfJuly() {
        List<Feature> changes = features("jurisdiction_change");
        assertThat(changes).hasSize(35).allSatisfy(c -> {
            assertThat(c.text("from_code")).isEqualTo("140802404000");
            assertThat(c.get("effective")).isEqualTo(java.time.LocalDate.of(2026, 7, 26));
            Feature village = GeneratedYanhu.features("village")
                    .filter(v -> v.text("code").equals(c.text("village_code"))).findFirst().orElseThrow();
            assertThat(c.text("to_code")).isEqualTo(village.text("township_code"));
            assertThat(c.text("village")).isEqualTo(village.text("name"));
        });
        assertThat(changes).extracting(c -> c.text("village_code")).doesNotHaveDuplicates();
    }

    @Test
    void generatingTwiceGivesTheSameFeatures() {
        assertThat(SamplePlanning.generate(GeneratedYanhu.layers())).isEqualTo(PLANNING);
    }
}
