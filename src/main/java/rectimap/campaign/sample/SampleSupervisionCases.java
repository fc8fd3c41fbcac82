package rectimap.campaign.sample;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Geometry;
import rectimap.campaign.cases.CaseSource;
import rectimap.campaign.cases.CaseStatus;
import rectimap.model.Feature;

/**
 * Sample 督办件: one case from each channel the summary names (群众举报, 督导组, 中央环保督察转办, 媒体曝光) in every
 * lifecycle status, near real sample villages, with dates in the sample's campaign year (2026) so their traffic
 * lights differ in late 2026. Places and texts are illustrative (示意), not real cases.
 */
final class SampleSupervisionCases {
    private SampleSupervisionCases() {
    }

    static List<Feature> build(SampleReference reference) {
        List<Feature> cases = new ArrayList<>();
        Feature changping = reference.village("140802100201");
        cases.add(supervision(cases.size() + 1, reference.near(changping, 120, -80), CaseSource.PUBLIC_REPORT,
                "村口道路两侧堆放建筑垃圾约20立方米", "解州镇" + changping.text("name") + "村口", "解州镇人民政府",
                "解州镇", LocalDate.of(2026, 11, 18), LocalDate.of(2026, 11, 25), CaseStatus.RECTIFYING));
        Feature leijiapo = reference.village("140802101207");
        cases.add(supervision(cases.size() + 1, reference.near(leijiapo, -60, 40), CaseSource.INSPECTION_GROUP,
                "主街墙面乱贴乱画，督导组下发督办函", "龙居镇" + leijiapo.text("name") + "主街", "龙居镇人民政府", "龙居镇",
                LocalDate.of(2026, 11, 20), LocalDate.of(2026, 11, 30), CaseStatus.ASSIGNED));
        Feature sucun = reference.village("140802204216");
        cases.add(supervision(cases.size() + 1, reference.near(sucun, 90, 150), CaseSource.INSPECTION_GROUP,
                "村内柴草、杂物乱堆乱放", "上郭乡" + sucun.text("name") + "村内", "上郭乡人民政府", "上郭乡",
                LocalDate.of(2026, 11, 15), LocalDate.of(2026, 11, 22), CaseStatus.RECTIFYING));
        Feature xihuayuan = reference.village("140802001001");
        cases.add(supervision(cases.size() + 1, reference.near(xihuayuan, 80, 0), CaseSource.MEDIA,
                "背街小巷垃圾清运不及时，电视台专栏曝光", "中城街道" + xihuayuan.text("name") + "背街小巷", "启迪桑德",
                "中城街道", LocalDate.of(2026, 11, 26), LocalDate.of(2026, 12, 6), CaseStatus.REGISTERED));
        Geometry lakeShore = reference.lonLat(reference.metres(reference.saltLake().geometry()).getBoundary()
                .getInteriorPoint());
        cases.add(supervision(cases.size() + 1, lakeShore, CaseSource.CENTRAL_INSPECTION,
                "盐湖周边发现生活垃圾倾倒点（中央环保督察转办）", "盐湖北岸巡逻片区", "盐湖区城市管理综合行政执法局", "",
                LocalDate.of(2026, 11, 10), LocalDate.of(2026, 12, 20), CaseStatus.RECTIFYING));
        Feature sanluli = reference.village("140802104200");
        Map<String, Object> closed = values(cases.size() + 1, CaseSource.PUBLIC_REPORT, "废弃养殖棚残墙断壁未拆除",
                "三路里镇" + sanluli.text("name") + "东侧", "三路里镇人民政府", "三路里镇", LocalDate.of(2026, 9, 1),
                LocalDate.of(2026, 9, 30), CaseStatus.CLOSED);
        closed.put("closed_date", LocalDate.of(2026, 9, 28));
        closed.put("close_note", "已拆除并清运，镇村联合验收合格");
        cases.add(new Feature(cases.size() + 1, reference.near(sanluli, 200, 0), closed));
        Feature jiezhou = reference.village("140802100216");
        Map<String, Object> revisited = values(cases.size() + 1, CaseSource.CENTRAL_INSPECTION,
                "村边沟渠生活污水直排（中央环保督察转办）", "解州镇" + jiezhou.text("name") + "南侧沟渠", "解州镇人民政府",
                "解州镇", LocalDate.of(2026, 6, 10), LocalDate.of(2026, 7, 10), CaseStatus.REVISITED);
        revisited.put("closed_date", LocalDate.of(2026, 7, 8));
        revisited.put("close_note", "污水接入管网，沟渠清淤");
        revisited.put("revisits", "2026-08-15 回头看：未反弹\n2026-10-20 回头看：沟渠已硬化，未反弹");
        cases.add(new Feature(cases.size() + 1, reference.near(jiezhou, 0, -150), revisited));
        return cases.stream().map(c -> withTownCode(c, reference)).toList();
    }

    /** The official code of the case's township beside its name (identify showed 乡镇代码 empty for every case). */
    private static Feature withTownCode(Feature supervisionCase, SampleReference reference) {
        String township = supervisionCase.text("township");
        if (township.isEmpty()) {
            return supervisionCase;
        }
        Map<String, Object> values = new LinkedHashMap<>(supervisionCase.attributes());
        values.put("town_code", reference.townshipCode(township));
        return new Feature(supervisionCase.id(), supervisionCase.geometry(), values);
    }

    private static Feature supervision(long id, Geometry at, CaseSource source, String description, String location,
            String unit, String township, LocalDate registered, LocalDate deadline, CaseStatus status) {
        return new Feature(id, at, values(id, source, description, location, unit, township, registered, deadline,
                status));
    }

    private static Map<String, Object> values(long id, CaseSource source, String description, String location,
            String unit, String township, LocalDate registered, LocalDate deadline, CaseStatus status) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("source", source.label());
        values.put("description", description);
        values.put("location", location);
        values.put("unit", unit);
        values.put("township", township.isBlank() ? null : township);
        values.put("registered", registered);
        values.put("deadline", deadline);
        values.put("status", status.label());
        values.put("note", "示意：督办件为示例，位置为程序生成");
        return values;
    }
}
