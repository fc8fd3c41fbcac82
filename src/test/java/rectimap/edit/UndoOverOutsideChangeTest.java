package rectimap.edit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static rectimap.edit.EditFixture.AREAS;
import static rectimap.edit.EditFixture.cadre;
import static rectimap.edit.EditFixture.wkt;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import rectimap.model.ChangeApplier;
import rectimap.model.ChangeSet;
import rectimap.model.Feature;
import rectimap.model.FeatureChange;
import rectimap.model.Project;

/**
 * Issue 12 point 6: after the session re-read a feature another program changed (geometry, attributes) or
 * deleted, undo and redo of a step naming it are refused with the layer, the feature and what changed, and
 * nothing moves; a feature changed outside that no step names does not stop undo.
 */
class UndoOverOutsideChangeTest {
    private static final String NORTH =
            "POLYGON ((110.90 35.03, 110.91 35.03, 110.91 35.04, 110.90 35.04, 110.90 35.03))";

    @Test
    void undoAndRedoOverAFeatureChangedOutsideAreRefusedNamingItAndWhatChanged() throws CommandRefused {
        EditSession session = EditFixture.session();
        session.run(new AddFeatureCommand(AREAS, wkt(NORTH), cadre("北关村")));
        Feature added = addedFeature(session);

        reloadWith(session, new Feature(added.id(), added.geometry().buffer(0.001), added.attributes()));
        assertRefused(session, "的几何已被其他程序修改", "had its geometry changed by another program");

        java.util.Map<String, Object> values = new java.util.LinkedHashMap<>(added.attributes());
        values.put("person", "其他程序改");
        reloadWith(session, new Feature(added.id(), added.geometry(), values));
        assertRefused(session, "的属性已被其他程序修改", "had its attributes changed by another program");

        reloadWith(session, null);
        assertRefused(session, "已被其他程序删除", "was deleted by another program");
        assertThatThrownBy(() -> session.undoTo(0)).isInstanceOf(CommandRefused.class);
        assertThat(session.history().doneCount()).isEqualTo(1);
    }

    @Test
    void aRedoOverAFeatureDeletedOutsideIsRefusedToo() throws CommandRefused {
        EditSession session = EditFixture.session();
        session.run(new AddFeatureCommand(AREAS, wkt(NORTH), cadre("北关村")));
        Feature added = addedFeature(session);
        session.run(new UpdateAttributesCommand(AREAS, added.id(), java.util.Map.of("person", "张三")));
        session.undo();
        reloadWith(session, null);

        assertThat(session.redoRefusal()).get().extracting(CommandRefused::textZh).asString()
                .contains("不能重做", "#" + added.id(), "已被其他程序删除");
        assertThatThrownBy(session::redo).isInstanceOf(IllegalStateException.class);
        assertThat(session.history().doneCount()).isEqualTo(1);
    }

    private static Feature addedFeature(EditSession session) {
        ChangeSet step = session.history().steps().get(session.history().doneCount() - 1);
        return step.changes().get(0).after();
    }

    /** What the window does after re-reading the file: the feature as the file now has it (null: deleted). */
    private static void reloadWith(EditSession session, Feature outside) {
        Feature now = session.project().layer(AREAS).orElseThrow().layer().features().stream()
                .filter(f -> f.id() == addedId(session)).findFirst().orElse(null);
        List<FeatureChange> change = new ArrayList<>();
        if (now != null && outside != null) {
            change.add(FeatureChange.replaced(AREAS, now, outside));
        } else if (now != null) {
            change.add(FeatureChange.removed(AREAS, now));
        } else if (outside != null) {
            change.add(FeatureChange.added(AREAS, outside));
        }
        Project read = ChangeApplier.apply(session.project(), new ChangeSet("other program", change));
        session.reload(read, UndoHistory.of(session.history().steps(), session.history().doneCount()));
    }

    private static long addedId(EditSession session) {
        return session.history().steps().get(0).changes().get(0).featureId();
    }

    private static void assertRefused(EditSession session, String zh, String en) {
        Project before = session.project();
        CommandRefused refused = session.undoRefusal().orElseThrow();
        assertThat(refused.reason()).isEqualTo(RefusalReason.CHANGED_OUTSIDE);
        assertThat(refused.textZh()).contains("不能撤销", "责任区", "(#" + addedId(session) + ")", zh);
        assertThat(refused.textEn()).contains("Cannot undo", "(#" + addedId(session) + ")", en);
        assertThatThrownBy(session::undo).isInstanceOf(IllegalStateException.class);
        assertThat(session.project()).isSameAs(before);
        assertThat(session.history().doneCount()).isEqualTo(1);
    }
}
