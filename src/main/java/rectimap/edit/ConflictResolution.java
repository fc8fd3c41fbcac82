package rectimap.edit;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
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
 * combination (COMBINE), or to the parts the user picked field by field ({@link ConflictPick}). An add whose id someone else took meanwhile gets the layer's next free id.
 */
public final class ConflictResolution {
    private ConflictResolution() {
    }

    /** The step to run on {@code now} (empty when nothing is left to change), one choice for every conflict. */
    public static ChangeSet resolve(StepConflict refused, ConflictChoice choice, Project now) {
        return resolve(refused, c -> ConflictPick.of(choice, c, now.layer(c.tableName()).orElseThrow().layer().info()),
                now);
    }

    /**
     * The step to run on {@code now} (empty when nothing is left to change), each conflicted feature settled by
     * {@code picks} (field by field: the conflict dialog).
     */
    public static ChangeSet resolve(StepConflict refused, Function<FeatureConflict, ConflictPick> picks, Project now) {
        Map<String, FeatureConflict> conflicts = new LinkedHashMap<>();
        for (FeatureConflict conflict : refused.conflicts()) {
            conflicts.put(key(conflict.tableName(), conflict.featureId()), conflict);
        }
        List<FeatureChange> changes = new ArrayList<>();
        for (FeatureChange change : refused.step().changes()) {
            FeatureConflict conflict = conflicts.get(key(change.tableName(), change.featureId()));
            ConflictPick pick = conflict == null ? null : picks.apply(conflict);
            if (conflict == null) {
                changes.add(change);
            } else if (!pick.isNone()) {
                FeatureChange settled = settle(conflict, pick, now);
                if (settled != null) {
                    changes.add(settled);
                }
            }
        }
        return new ChangeSet(refused.step().name(), changes);
    }

    private static FeatureChange settle(FeatureConflict c, ConflictPick pick, Project now) {
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
        Feature after = combined(c, pick, now);
        return after.equals(c.theirs()) ? null : FeatureChange.replaced(c.tableName(), c.theirs(), after);
    }

    /** Their feature with the picked parts of mine; derived fields follow the geometry taken. */
    private static Feature combined(FeatureConflict c, ConflictPick pick, Project now) {
        LayerInfo info = now.layer(c.tableName()).orElseThrow().layer().info();
        Map<String, Object> values = new LinkedHashMap<>(c.theirs().attributes());
        for (Field field : info.type().fields()) {
            boolean mine = field.isDerived() ? pick.geometry() : pick.fields().contains(field.name());
            if (mine) {
                values.put(field.name(), c.mine().get(field.name()));
            }
        }
        return new Feature(c.featureId(), pick.geometry() ? c.mine().geometry() : c.theirs().geometry(), values);
    }

    private static String key(String table, long id) {
        return table + '\u0000' + id;
    }
}
