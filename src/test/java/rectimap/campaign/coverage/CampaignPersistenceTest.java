package rectimap.campaign.coverage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import rectimap.campaign.ProjectAssembler;
import rectimap.campaign.cases.SupervisionCase;
import rectimap.campaign.jurisdiction.JurisdictionHistory;
import rectimap.campaign.jurisdiction.JurisdictionMove;
import rectimap.campaign.planning.PlanningRules;
import rectimap.campaign.sample.SamplePlanning;
import rectimap.edit.CommandRefused;
import rectimap.edit.EditSession;
import rectimap.edit.UndoHistory;
import rectimap.edit.UpdateAttributesCommand;
import rectimap.model.Feature;
import rectimap.model.Layer;
import rectimap.model.LayerInfo;
import rectimap.model.Project;
import rectimap.store.AccessMode;
import rectimap.store.GdalTools;
import rectimap.store.GeoPackageStore;
import rectimap.store.ProjectFile;
import rectimap.store.ProjectFiles;

/**
 * On a real sample project file: a coverage fix, a jurisdiction move and a case moving on are journalled, survive
 * closing and reopening (with their undo history), a refused case move leaves nothing behind, and GDAL reads it.
 */
class CampaignPersistenceTest {
    private static final Path SAMPLE = Path.of("maps", "yanhu-sample.gpkg");
    private static final LocalDate DAY = LocalDate.of(2026, 11, 29);
    @TempDir
    Path dir;

    @Test
    void fixesMovesAndCaseStepsSurviveReopening() throws Exception {
        List<Layer> reference = new ArrayList<>();
        try (GeoPackageStore sample = GeoPackageStore.open(SAMPLE, AccessMode.READ_ONLY)) {
            for (LayerInfo info : sample.layers()) {
                reference.add(sample.load(info.tableName()));
            }
        }
        Path file = dir.resolve("campaign.gpkg");
        CoverageReport before;
        try (ProjectFile project = ProjectFiles.createFromSample(SAMPLE, file, SamplePlanning.generate(reference))) {
            EditSession session = new EditSession(ProjectAssembler.assemble(file, project.store()), new UndoHistory(),
                    project.journal().orElseThrow(), PlanningRules.INSTANCE);
            before = new CoverageAnalysis().run(session.project(), 1.0, DAY);
            CoverageProblem leaderGap = before.gaps().stream()
                    .filter(g -> g.coverage() == CoverageKind.LEADER_TOWNSHIP).findFirst().orElseThrow();
            session.execute(CoverageFixes.fillGap(session.project(), leaderGap)).orElseThrow().durable().join();
            session.execute(new JurisdictionMove(List.of("140802100201"), "140802101000", LocalDate.of(2026, 12, 1),
                    "示意:测试").build(session.project())).orElseThrow().durable().join();
            session.run(new UpdateAttributesCommand(SupervisionCase.TABLE, 4, Map.of("status", "交办")));
            assertThatThrownBy(() -> session.run(new UpdateAttributesCommand(SupervisionCase.TABLE, 4,
                    Map.of("status", "销号")))).isInstanceOf(CommandRefused.class);
        }
        try (ProjectFile reopened = ProjectFiles.open(file)) {
            Project project = ProjectAssembler.assemble(file, reopened.store());
            assertThat(reopened.history()).extracting(s -> s.name()).hasSize(3).first().asString()
                    .startsWith("补齐空白 运城经济技术开发区 → ");
            CoverageReport after = new CoverageAnalysis().run(project, 1.0, DAY);
            assertThat(after.gaps()).noneMatch(g -> g.coverage() == CoverageKind.LEADER_TOWNSHIP);
            assertThat(after.uncoveredM2()).isLessThan(before.uncoveredM2());
            JurisdictionHistory history = JurisdictionHistory.of(project);
            assertThat(history.townshipOf("140802100201", LocalDate.of(2026, 11, 30))).contains("140802100000");
            assertThat(history.townshipOf("140802100201", LocalDate.of(2026, 12, 1))).contains("140802101000");
            Feature moved = project.layer(SupervisionCase.TABLE).orElseThrow().layer().feature(4).orElseThrow();
            assertThat(moved.text("status")).isEqualTo("交办");

            EditSession again = new EditSession(project, UndoHistory.of(reopened.history(), reopened.historyCursor()),
                    reopened.journal().orElseThrow(), PlanningRules.INSTANCE);
            again.undoTo(0).forEach(change -> change.durable().join());
            assertThat(new CoverageAnalysis().run(again.project(), 1.0, DAY).uncoveredM2())
                    .isEqualTo(before.uncoveredM2());
        }
        GdalTools.validateGpkg(file).requireSuccess();
        // everything undone again: the sample's 35 handover rows are what GDAL reads
        assertThat(GdalTools.ogrinfo("-al", file.toString(), "jurisdiction_change").requireSuccess().output())
                .contains("Feature Count: 35", "from_township (String) = 运城经济技术开发区", "effective (Date) = 2026/07/26");
    }
}
