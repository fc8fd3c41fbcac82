package rectimap.edit;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import rectimap.model.ChangeSet;
import rectimap.model.Feature;
import rectimap.model.FeatureChange;
import rectimap.model.FeatureConflict;
import rectimap.model.Field;
import rectimap.model.LayerInfo;
import rectimap.model.Project;
import rectimap.model.StepConflict;

/**
 * Turns a refused step ({@link StepConflict}) and the user's choice into the step to send instead, built on the
 * project as it is NOW (refreshed with their changes). Changes of the step that did not conflict are kept as they
 * were; a conflicted one becomes "their version → my version" (MINE), disappears (THEIRS) or goes to the field-wise
 * combination (COMBINE). An add whose id someone else took meanwhile gets the layer's next free id.
 */
public final class ConflictResolution {
    private ConflictResolution() {
    }

    /** The step to run on {@code now} (empty when nothing is left to change). */
    public static ChangeSet resolve(StepConflict refused, ConflictChoice choice, Project now) {
        Map<String, FeatureConflict> conflicts = new LinkedHashMap<>();
        for (FeatureConflict conflict : refused.conflicts()) {
            conflicts.put(key(conflict.tableName(), conflict.featureId()), conflict);
        }
        List<FeatureChange> changes = new ArrayList<>();
        for (FeatureChange change : refused.step().changes()) {
            FeatureConflict conflict = conflicts.get(key(change.tableName(), change.featureId()));
            if (conflict == null) {
                changes.add(change);
            } else if (choice != ConflictChoice.THEIRS) {
                FeatureChange settled = settle(conflict, choice, now);
                if (settled != null) {
                    changes.add(settled);
                }
            }
        }
        return new ChangeSet(refused.step().name(), changes);
    }

    private static FeatureChange settle(FeatureConflict c, ConflictChoice choice, Project now) {
        if (c.base() == null) {
            // Someone added a feature under the same id first: mine is added under the next free id.
            long id = now.layer(c.tableName()).orElseThrow().layer().features().stream()
                    .mapToLong(Feature::id).max().orElse(0) + 1;
            return FeatureChange.added(c.tableName(), new Feature(id, c.mine().geometry(), c.mine().attributes()));
        }
        if (c.mine() == null) {
            return c.theirs() == null ? null : FeatureChange.removed(c.tableName(), c.theirs());
        }
        if (c.theirs() == null) {
            return FeatureChange.added(c.tableName(), c.mine());
        }
        Feature after = choice == ConflictChoice.MINE ? c.mine() : combined(c, now);
        return after.equals(c.theirs()) ? null : FeatureChange.replaced(c.tableName(), c.theirs(), after);
    }

    private static Feature combined(FeatureConflict c, Project now) {
        boolean myGeometry = !c.mine().geometry().equalsExact(c.base().geometry());
        LayerInfo info = now.layer(c.tableName()).orElseThrow().layer().info();
        Map<String, Object> values = new LinkedHashMap<>(c.theirs().attributes());
        for (Field field : info.type().fields()) {
            Object mine = c.mine().get(field.name());
            boolean changedByMe = field.isDerived() ? myGeometry : !Objects.equals(mine, c.base().get(field.name()));
            if (changedByMe) {
                values.put(field.name(), mine);
            }
        }
        return new Feature(c.featureId(), myGeometry ? c.mine().geometry() : c.theirs().geometry(), values);
    }

    private static String key(String table, long id) {
        return table + '\u0000' + id;
    }
}
