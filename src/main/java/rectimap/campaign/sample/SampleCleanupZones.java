package rectimap.campaign.sample;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import rectimap.campaign.planning.CleanupZoneSchema;
import rectimap.model.Feature;

/**
 * Sample 整治片区 in both campaign phases: sites (points) and areas (rectangles sized in metres) beside real sample
 * villages, among them the cultural-experience villages 西张耿, 雷家坡, 牛庄 and 苏村.
 */
final class SampleCleanupZones {
    private static final String OFFENSIVE = CleanupZoneSchema.PHASE_OFFENSIVE;
    private static final String WINTER = CleanupZoneSchema.PHASE_WINTER;

    private SampleCleanupZones() {
    }

    static List<Feature> build(SampleReference reference) {
        List<Feature> zones = new ArrayList<>();
        zones.add(SamplePlanning.feature(1, reference.near(reference.village("140802101216"), 150, -80),
                "kind", "垃圾清理", "phase", OFFENSIVE, "status", "验收", "places", 12L, "tonnes", 35.5,
                "start_date", LocalDate.of(2026, 5, 10), "end_date", LocalDate.of(2026, 6, 30),
                "unit", "龙居镇人民政府", "note", "示意：西张耿村村口垃圾清理"));
        zones.add(SamplePlanning.feature(2,
                reference.rectangleNear(reference.village("140802100216"), 0, 120, 300, 200),
                "kind", "墙面美化", "phase", OFFENSIVE, "status", "完成", "places", 48L, "area_m2_work", 3600.0,
                "start_date", LocalDate.of(2026, 5, 20), "end_date", LocalDate.of(2026, 7, 15),
                "unit", "解州镇人民政府", "note", "示意：解州村主街墙面美化"));
        zones.add(SamplePlanning.feature(3,
                reference.rectangleNear(reference.village("140802100201"), -200, 0, 150, 120),
                "kind", "残墙断壁", "phase", OFFENSIVE, "status", "完成", "places", 6L, "area_m2_work", 850.0,
                "start_date", LocalDate.of(2026, 6, 1), "end_date", LocalDate.of(2026, 6, 20),
                "unit", "解州镇人民政府", "note", "示意：常平村残墙断壁拆除"));
        zones.add(SamplePlanning.feature(4, reference.near(reference.village("140802101207"), -120, 60),
                "kind", "建筑垃圾", "phase", WINTER, "status", "进行中", "places", 3L, "tonnes", 120.0,
                "start_date", LocalDate.of(2026, 11, 20), "unit", "龙居镇人民政府", "note", "示意：雷家坡村建筑垃圾清运"));
        zones.add(SamplePlanning.feature(5, reference.near(reference.village("140802205204"), 0, -150),
                "kind", "道路整修", "phase", WINTER, "status", "计划", "km", 2.4, "unit", "区交通运输局",
                "note", "示意：牛庄村通村路整修"));
        zones.add(SamplePlanning.feature(6, reference.near(reference.village("140802204216"), 90, 90),
                "kind", "污水治理", "phase", WINTER, "status", "计划", "places", 1L, "unit", "区水务局",
                "note", "示意：苏村生活污水治理点"));
        return zones;
    }
}
