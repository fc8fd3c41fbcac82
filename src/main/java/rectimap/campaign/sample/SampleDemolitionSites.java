package rectimap.campaign.sample;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import rectimap.campaign.planning.DemolitionLifecycle;
import rectimap.model.Feature;

/**
 * Sample 拆违点 in 解州镇, one in each lifecycle status (发现, 公告, 自行拆除, 强制拆除, 司法程序, 销号), as points or drawn
 * footprints beside real sample villages; due dates computed by {@link DemolitionLifecycle}.
 */
final class SampleDemolitionSites {
    private SampleDemolitionSites() {
    }

    static List<Feature> build(SampleReference reference) {
        List<Feature> sites = new ArrayList<>();
        Feature qucun = reference.village("140802100200");
        sites.add(site(1, reference.near(qucun, 250, 0), "发现", null, null, null, 60.0,
                "解州镇曲村东约250米"));
        Feature canfang = reference.village("140802100202");
        sites.add(site(2, reference.rectangleNear(canfang, 0, -180, 30, 20), "公告", LocalDate.of(2026, 11, 10), 15L,
                null, 580.0, "解州镇蚕坊村南侧临街"));
        Feature changping = reference.village("140802100201");
        sites.add(site(3, reference.near(changping, 100, 200), "自行拆除", LocalDate.of(2026, 6, 1), 10L,
                LocalDate.of(2026, 6, 8), 45.0, "解州镇常平村北侧"));
        Feature wulongyu = reference.village("140802100206");
        sites.add(site(4, reference.rectangleNear(wulongyu, -150, 0, 40, 25), "强制拆除", LocalDate.of(2026, 5, 15),
                7L, LocalDate.of(2026, 6, 2), 920.0, "解州镇五龙峪村西侧"));
        Feature shedong = reference.village("140802100215");
        sites.add(site(5, reference.near(shedong, 0, 180), "司法程序", LocalDate.of(2026, 4, 20), 15L, null, 300.0,
                "解州镇社东村北侧"));
        Feature jiezhou = reference.village("140802100216");
        sites.add(site(6, reference.near(jiezhou, -220, -60), "销号", LocalDate.of(2026, 4, 1), 10L,
                LocalDate.of(2026, 4, 9), 35.0, "解州镇解州村西侧"));
        return sites;
    }

    private static Feature site(long id, org.locationtech.jts.geom.Geometry lonLat, String status,
            LocalDate noticeDate, Long deadlineDays, LocalDate outcomeDate, double buildingM2, String location) {
        Map<String, Object> values = new java.util.LinkedHashMap<>();
        values.put("status", status);
        values.put("notice_date", noticeDate);
        values.put("deadline_days", deadlineDays);
        values.put("building_m2", buildingM2);
        values.put("location", location);
        values.put("outcome_date", outcomeDate);
        values.put("note", "示意：位置为程序生成");
        return new Feature(id, lonLat, DemolitionLifecycle.withDueDate(values));
    }
}
