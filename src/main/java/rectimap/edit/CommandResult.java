package rectimap.edit;

import java.util.List;
import java.util.Objects;
import rectimap.model.ChangeSet;

/**
 * What a command built: the one undoable step to execute, and the clips it made to avoid overlap (empty when none),
 * which the tool must report.
 */
public record CommandResult(ChangeSet changes, List<ClipReport> clips) {
    public CommandResult {
        Objects.requireNonNull(changes, "changes");
        clips = List.copyOf(clips);
    }

    public static CommandResult of(ChangeSet changes) {
        return new CommandResult(changes, List.of());
    }

    public boolean clipped() {
        return !clips.isEmpty();
    }
}
