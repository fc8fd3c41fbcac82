package rectimap.edit;

import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import rectimap.model.ChangeSet;
import rectimap.model.Project;

/**
 * What an {@link EditSession} just did: the kind of move, the changes applied (for an undo: the inverse of the undone
 * step; empty for a reload), the project after it, and a future completed when the journal has committed it to the project file
 * (already complete when the session has no journal; failed with a {@code StoreException} when writing failed).
 */
public record SessionChange(Kind kind, ChangeSet applied, Project project, CompletableFuture<Void> durable) {
    public SessionChange {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(applied, "applied");
        Objects.requireNonNull(project, "project");
        Objects.requireNonNull(durable, "durable");
    }

    /** Which history move produced the change. */
    public enum Kind {
        DONE, UNDONE, REDONE,
        /** The project and history were re-read from the file after another program changed it (nothing applied). */
        RELOADED
    }
}
