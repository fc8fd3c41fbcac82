package rectimap.ui.shared;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import rectimap.model.FeatureChange;
import rectimap.model.Project;
import rectimap.model.RefusedReplay;
import rectimap.ui.Messages;

/**
 * The sentence a conflict dialog opened at a project's opening starts with: the refused step is the user's own edit
 * from the last session, kept on this computer because the server could not be reached then — which features it
 * changed ("整治片区 #3", at most three named, then how many in all) and when it was kept — so the user understands why
 * a dialog appears before they did anything.
 */
final class KeptStepSentence {
    private static final int NAMED = 3;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ZoneId.systemDefault());

    private KeptStepSentence() {
    }

    /** The sentence for {@code replay}; layers are titled as {@code project} names them. */
    static String of(RefusedReplay replay, Project project, Messages messages) {
        String features = features(replay.conflict().step().changes(), project, messages);
        return replay.keptAt() == null ? messages.format("conflict.keptNoTime", features)
                : messages.format("conflict.kept", TIME.format(replay.keptAt()), features);
    }

    private static String features(List<FeatureChange> changes, Project project, Messages messages) {
        Set<String> named = new LinkedHashSet<>();
        for (FeatureChange change : changes) {
            String layer = project.layer(change.tableName()).map(l -> messages.labels().layerTitle(l.layer().info()))
                    .orElse(change.tableName());
            named.add(layer + " #" + change.featureId());
        }
        List<String> all = List.copyOf(named);
        String shown = String.join(messages.get("conflict.keptJoin"), all.subList(0, Math.min(NAMED, all.size())));
        return all.size() <= NAMED ? shown : messages.format("conflict.keptMore", shown, all.size());
    }
}
