package rectimap.edit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static rectimap.edit.EditFixture.AREAS;
import static rectimap.edit.EditFixture.SITES;
import static rectimap.edit.EditFixture.byId;
import static rectimap.edit.EditFixture.cadre;
import static rectimap.edit.EditFixture.contents;
import static rectimap.edit.EditFixture.values;
import static rectimap.edit.EditFixture.wkt;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.LineString;
import rectimap.campaign.planning.PlanningRules;
import rectimap.model.ChangeSet;
import rectimap.model.MapLayer;
import rectimap.model.Project;
import rectimap.store.AccessMode;
import rectimap.store.GeoPackageJournal;
import rectimap.store.GeoPackageStore;

class EditSessionTest {
    private static final String NORTH =
            "POLYGON ((110.90 35.03, 110.91 35.03, 110.91 35.04, 110.90 35.04, 110.90 35.03))";

    @TempDir
    Path folder;

    private static void runSteps(EditSession session) throws CommandRefused {
        session.run(new AddFeatureCommand(AREAS, wkt(NORTH), cadre("北关村")));
        session.run(new SplitPolygonCommand(AREAS, 1, (LineString) wkt("LINESTRING (110.903 34.99, 110.903 35.02)")));
        session.run(new UpdateAttributesCommand(SITES, 1, values("status", "公告",
                "notice_date", LocalDate.of(2026, 11, 20), "deadline_days", 15L)));
    }

    @Test
    void undoToAndBackWalksTheHistoryAndTellsTheListeners() throws CommandRefused {
        EditSession session = EditFixture.session();
        List<SessionChange> heard = new ArrayList<>();
        session.addListener(heard::add);
        Project start = session.project();

        runSteps(session);
        Project end = session.project();
        List<SessionChange> back = session.undoTo(0);

        assertThat(contents(session.project())).isEqualTo(contents(start));
        assertThat(back).extracting(SessionChange::kind).containsOnly(SessionChange.Kind.UNDONE).hasSize(3);
        assertThat(back).extracting(c -> c.applied().name())
                .containsExactly("修改 西关村东侧-1 拆违点 属性", "拆分 解州镇-1 责任区", "新建 解州镇-4 责任区");
        assertThat(session.history().doneCount()).isZero();
        assertThat(session.undo()).isEmpty();

        session.undoTo(3);
        assertThat(contents(session.project())).isEqualTo(contents(end));
        assertThat(session.redo()).isEmpty();
        assertThat(heard).hasSize(9);
        assertThat(heard).allSatisfy(c -> assertThat(c.durable()).isCompleted());
        assertThat(heard.get(8).project()).isSameAs(session.project());
        assertThatThrownBy(() -> session.undoTo(4)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aNewStepAfterUndoDropsTheUndoneOnesAndAStaleStepChangesNothing() throws CommandRefused {
        EditSession session = EditFixture.session();
        runSteps(session);
        ChangeSet split = session.history().steps().get(1);

        session.undoTo(1);
        session.run(new DeleteFeaturesCommand(AREAS, List.of(2L)));

        assertThat(session.history().steps()).extracting(ChangeSet::name)
                .containsExactly("新建 解州镇-4 责任区", "删除 解州镇-2 责任区");
        Project before = session.project();
        assertThatThrownBy(() -> session.execute(split.inverse())).isInstanceOf(IllegalStateException.class);
        assertThat(session.project()).isSameAs(before);
        assertThat(session.history().steps()).hasSize(2);
        assertThat(session.execute(new ChangeSet("nothing", List.of()))).isEmpty();
    }

    @Test
    void everyMoveReachesTheProjectFileInOrder() throws Exception {
        Path file = folder.resolve("project.gpkg");
        Project project = EditFixture.project();
        try (GeoPackageStore store = GeoPackageStore.create(file)) {
            for (MapLayer layer : project.layers()) {
                store.write(layer.layer());
            }
        }
        Project end;
        try (GeoPackageJournal journal = GeoPackageJournal.open(file)) {
            EditSession session = new EditSession(project, new UndoHistory(), journal, PlanningRules.INSTANCE);
            runSteps(session);
            session.undo();
            session.undo();
            SessionChange redone = session.redo().orElseThrow();
            redone.durable().get(30, TimeUnit.SECONDS);
            end = session.project();
        }

        try (GeoPackageStore reopened = GeoPackageStore.open(file, AccessMode.READ_ONLY)) {
            for (String table : List.of(AREAS, SITES)) {
                assertThat(byIdOf(reopened, table)).isEqualTo(byId(end, table).keySet());
                byId(end, table).forEach((id, feature) -> assertThat(
                        reopened.load(table).feature(id).orElseThrow().geometry().toText())
                        .isEqualTo(feature.geometry().toText()));
            }
            assertThat(reopened.history()).extracting(ChangeSet::name)
                    .containsExactly("新建 解州镇-4 责任区", "拆分 解州镇-1 责任区", "修改 西关村东侧-1 拆违点 属性");
            assertThat(reopened.historyCursor()).isEqualTo(2);
            assertThat(reopened.load(AREAS).feature(5).orElseThrow().get("area_m2"))
                    .isEqualTo(byId(end, AREAS).get(5L).get("area_m2"));
        }
    }

    private static java.util.Set<Long> byIdOf(GeoPackageStore store, String table) {
        java.util.Set<Long> ids = new java.util.TreeSet<>();
        store.load(table).features().forEach(f -> ids.add(f.id()));
        return ids;
    }
}
