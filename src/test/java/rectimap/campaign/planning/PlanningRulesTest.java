package rectimap.campaign.planning;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;
import rectimap.model.AttributeProblem;
import rectimap.model.Feature;
import rectimap.model.LayerInfo;
import rectimap.model.LayerRole;

class PlanningRulesTest {
    private static final WKTReader WKT = new WKTReader();
    private static final LayerInfo SITES = DemolitionSiteSchema.schema().info();
    private static final LayerInfo AREAS = ResponsibilityAreaSchema.schema().info();

    private static Feature site(long id, String wkt, Object... namesAndValues) throws ParseException {
        Map<String, Object> values = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            values.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return new Feature(id, WKT.read(wkt), values);
    }

    @Test
    void anIllegalStatusMoveOfAStoredSiteIsRefusedButANewSiteMayStartAnywhere() throws ParseException {
        Feature found = site(1, "POINT (110.9 35.0)", "status", "发现", "location", "解州镇西关村");
        Feature forced = site(1, "POINT (110.9 35.0)", "status", "强制拆除", "location", "解州镇西关村",
                "notice_date", LocalDate.of(2026, 4, 1), "deadline_days", 7L, "outcome_date", LocalDate.of(2026, 4, 9));

        List<AttributeProblem> problems = PlanningRules.INSTANCE.problems(SITES, found, forced);

        assertThat(problems).extracting(AttributeProblem::reasonZh)
                .containsExactly("状态不能从 发现 改为 强制拆除：只能改为 公告");
        assertThat(PlanningRules.INSTANCE.problems(SITES, null, forced)).isEmpty();
    }

    @Test
    void aLineIsNeitherAPointNorAnArea() throws ParseException {
        Feature line = site(2, "LINESTRING (110.9 35.0, 110.91 35.0)", "status", "发现", "location", "路边");

        assertThat(PlanningRules.INSTANCE.problems(SITES, null, line)).extracting(AttributeProblem::field,
                AttributeProblem::reasonZh).containsExactly(
                        org.assertj.core.groups.Tuple.tuple("geometry", "拆违点只能是点或面，不能是 LINESTRING"));
    }

    @Test
    void theDueDateIsCompletedAndSameKindAreasMustNotOverlap() {
        Map<String, Object> completed = PlanningRules.INSTANCE.completed(SITES,
                Map.of("status", "公告", "notice_date", LocalDate.of(2026, 11, 20), "deadline_days", 15L));

        assertThat(completed).containsEntry("due_date", LocalDate.of(2026, 12, 5));
        assertThat(PlanningRules.INSTANCE.noOverlapField(AREAS)).contains("kind");
        assertThat(PlanningRules.INSTANCE.noOverlapField(SITES)).isEmpty();
    }

    @Test
    void aResponsibilityAreaIsNamedByTownshipAndId() throws ParseException {
        Feature area = site(3, "POINT (0 0)", "township", "解州镇");

        assertThat(PlanningRules.INSTANCE.displayName(AREAS, area)).isEqualTo("解州镇-3");
    }

    @Test
    void aReferenceTableOfTheSameNameHasNoRules() throws ParseException {
        LayerInfo imported = new LayerInfo(SITES.type(), "拆违点", LayerRole.REFERENCE, SITES.provenance(), "", 4490);

        assertThat(PlanningRules.INSTANCE.problems(imported, null, site(1, "LINESTRING (0 0, 1 1)"))).isEmpty();
    }
}
