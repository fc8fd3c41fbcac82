package rectimap.campaign.coverage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static rectimap.campaign.coverage.CoverageFixture.box;
import static rectimap.campaign.coverage.CoverageFixture.wkt;

import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import rectimap.campaign.planning.PlanningRules;
import rectimap.campaign.planning.ResponsibilityAreaSchema;
import rectimap.edit.EditSession;
import rectimap.edit.UndoHistory;
import rectimap.geo.Measure;
import rectimap.model.ChangeSet;
import rectimap.model.Feature;
import rectimap.model.Project;

/** The one-click fixes as steps of an edit session: the WKT after, the name, and undo/redo restoring exactly. */
class CoverageFixesTest {
    private static final LocalDate DAY = LocalDate.of(2026, 11, 29);

    private static CoverageReport check(Project project) {
        return new CoverageAnalysis().run(project, CoverageAnalysis.DEFAULT_SLIVER_M2, DAY);
    }

    private static Map<Long, String> shapes(Project project) {
        Map<Long, String> shapes = new TreeMap<>();
        project.layer(ResponsibilityAreaSchema.TABLE).orElseThrow().layer().features()
                .forEach(f -> shapes.put(f.id(), f.geometry().toText() + " " + f.get("area_m2")));
        return shapes;
    }

    @Test
    void fillingAGapGivesItToTheNeighbourAndUndoRestoresIt() throws FixRefused {
        EditSession session = new EditSession(CoverageFixture.withCadres(box(110.90, 110.91), box(110.91, 110.92)),
                new UndoHistory(), null, PlanningRules.INSTANCE);
        Map<Long, String> before = shapes(session.project());
        CoverageProblem gap = check(session.project()).gaps().get(0);

        ChangeSet step = CoverageFixes.fillGap(session.project(), gap);
        assertThat(step.name()).isEqualTo("补齐空白 解州镇 → 干部2责任区");
        session.execute(step);

        Feature grown = session.project().layer(ResponsibilityAreaSchema.TABLE).orElseThrow().layer().feature(2)
                .orElseThrow();
        assertThat(grown.geometry().getGeometryType()).isEqualTo("MultiPolygon");
        // the union keeps the old corner vertices on the straight edge: topologically the box 110.91–110.93
        assertThat(grown.geometry().equalsTopo(wkt(box(110.91, 110.93)))).as(grown.geometry().toText()).isTrue();
        assertThat((Double) grown.get("area_m2")).isEqualTo(Measure.areaM2(grown.geometry()))
                .isCloseTo(Measure.areaM2(wkt(box(110.91, 110.93))), org.assertj.core.api.Assertions.within(0.01));
        assertThat(check(session.project()).problems()).isEmpty();
        Map<Long, String> after = shapes(session.project());

        session.undo();
        assertThat(shapes(session.project())).isEqualTo(before);
        assertThat(check(session.project()).gaps()).hasSize(1);
        session.redo();
        assertThat(shapes(session.project())).isEqualTo(after);
    }

    @Test
    void cuttingAnOverlapRemovesItFromTheChosenZoneOnly() throws FixRefused {
        EditSession session = new EditSession(CoverageFixture.withCadres(box(110.90, 110.915), box(110.91, 110.93)),
                new UndoHistory(), null, PlanningRules.INSTANCE);
        Map<Long, String> before = shapes(session.project());
        CoverageProblem overlap = check(session.project()).overlaps().get(0);

        ChangeSet step = CoverageFixes.cutOverlap(session.project(), overlap, 2);
        assertThat(step.name()).isEqualTo("切除重叠 干部2责任区（与 干部1责任区）");
        session.execute(step);

        Project fixed = session.project();
        assertThat(fixed.layer(ResponsibilityAreaSchema.TABLE).orElseThrow().layer().feature(2).orElseThrow()
                .geometry().equalsTopo(wkt(box(110.915, 110.93)))).isTrue();
        assertThat(shapes(fixed).get(1L)).isEqualTo(before.get(1L));
        CoverageReport report = check(fixed);
        assertThat(report.overlaps()).isEmpty();
        assertThat(report.gaps()).isEmpty();

        session.undo();
        assertThat(shapes(session.project())).isEqualTo(before);
        session.redo();
        assertThat(shapes(session.project())).isEqualTo(shapes(fixed));
    }

    @Test
    void aFixIsRefusedWithAReasonWhenItCannotBeMade() throws FixRefused {
        Project project = CoverageFixture.withCadres(box(110.90, 110.915), box(110.91, 110.93));
        CoverageProblem overlap = check(project).overlaps().get(0);

        assertThatThrownBy(() -> CoverageFixes.cutOverlap(project, overlap, 7)).isInstanceOf(FixRefused.class)
                .satisfies(e -> assertThat(((FixRefused) e).reasonZh()).contains("不是重叠的两方之一"));
        assertThatThrownBy(() -> CoverageFixes.fillGap(project, overlap)).isInstanceOf(FixRefused.class);

        Project island = CoverageFixture.withCadres(box(110.90, 110.905));
        CoverageProblem gap = check(island).gaps().get(0);
        ChangeSet step = CoverageFixes.fillGap(island, gap);
        assertThat(step.changes()).hasSize(1);
        Project whole = CoverageFixture.withCadres(box(110.91, 110.915), CoverageFixture.TOWNSHIP);
        CoverageProblem swallowed = check(whole).overlaps().get(0);
        assertThatThrownBy(() -> CoverageFixes.cutOverlap(whole, swallowed, 1)).isInstanceOf(FixRefused.class)
                .satisfies(e -> assertThat(((FixRefused) e).reasonZh()).contains("整个切掉"));
    }
}
