package rectimap.edit;

import java.util.Objects;
import java.util.Optional;
import rectimap.model.ChangeSet;
import rectimap.model.Feature;
import rectimap.model.FeatureChange;
import rectimap.model.LayerRules;
import rectimap.model.MapLayer;
import rectimap.model.Project;

/**
 * Whether an undo or redo still fits the project: each feature it changes must be exactly as the step left it. It
 * does not when another program changed or deleted that feature in the file since (the session re-read it, see
 * the window's outside-change follower); applying the move would then overwrite that program's work or fail half
 * way. The refusal names the move, the layer (title), the feature (name and id) and what changed. Pure.
 */
final class StepFit {
    /** Which history move is asked for. */
    enum Move {
        UNDO("撤销", "undo"), REDO("重做", "redo");

        private final String zh;
        private final String en;

        Move(String zh, String en) {
            this.zh = zh;
            this.en = en;
        }
    }

    /** What another program did to a feature the move expects. */
    private enum Found {
        DELETED("已被其他程序删除", "was deleted by another program"),
        GEOMETRY("的几何已被其他程序修改", "had its geometry changed by another program"),
        ATTRIBUTES("的属性已被其他程序修改", "had its attributes changed by another program"),
        GEOMETRY_AND_ATTRIBUTES("的几何和属性已被其他程序修改", "had its geometry and attributes changed by another program"),
        ADDED("的编号已被其他程序新增的要素占用", "has an id another program has since used for a new feature");

        private final String zh;
        private final String en;

        Found(String zh, String en) {
            this.zh = zh;
            this.en = en;
        }
    }

    private StepFit() {
    }

    /**
     * Why {@code applied} (the inverse of the step for an undo, the step for a redo of {@code stepName}) does not
     * fit {@code project}; empty when it does.
     */
    static Optional<CommandRefused> refusal(Project project, ChangeSet applied, String stepName, Move move,
                                            LayerRules rules) {
        for (FeatureChange change : applied.changes()) {
            Optional<MapLayer> layer = project.layer(change.tableName());
            if (layer.isEmpty()) {
                return Optional.of(CommandRefused.of(RefusalReason.NO_SUCH_LAYER,
                        "不能" + move.zh + "“" + stepName + "”：图层 " + change.tableName() + " 已不在项目中。",
                        "Cannot " + move.en + " \"" + stepName + "\": the layer " + change.tableName()
                                + " is no longer in the project."));
            }
            Feature now = layer.get().layer().feature(change.featureId()).orElse(null);
            Feature expected = change.before();
            if (Objects.equals(now, expected)) {
                continue;
            }
            Found found = expected == null ? Found.ADDED : now == null ? Found.DELETED
                    : !now.geometry().equalsExact(expected.geometry())
                    ? now.attributes().equals(expected.attributes()) ? Found.GEOMETRY : Found.GEOMETRY_AND_ATTRIBUTES
                    : Found.ATTRIBUTES;
            Feature named = expected != null ? expected : now;
            String feature = layer.get().info().title() + " " + rules.displayName(layer.get().info(), named)
                    + " (#" + named.id() + ")";
            return Optional.of(CommandRefused.of(RefusalReason.CHANGED_OUTSIDE,
                    "不能" + move.zh + "“" + stepName + "”：" + feature + found.zh + "。项目和文件都未改动。",
                    "Cannot " + move.en + " \"" + stepName + "\": " + feature + " " + found.en
                            + ". Neither the project nor the file was changed."));
        }
        return Optional.empty();
    }
}
