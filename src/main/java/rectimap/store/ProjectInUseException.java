package rectimap.store;

import java.nio.file.Path;
import rectimap.model.StoreException;
import rectimap.model.StoreProblem;

/**
 * Another Rectimap holds the project open for editing ({@link StoreProblem#IN_USE}); the project may still be
 * opened read-only ({@link ProjectFiles#openReadOnly}). {@link #holder()} says who, for the message
 * {@code project.inUseBy}.
 */
public final class ProjectInUseException extends StoreException {
    private final transient LockHolder holder;

    ProjectInUseException(Path file, LockHolder holder) {
        super(StoreProblem.IN_USE, file, "open for editing by " + holder.user() + " on " + holder.host()
                + " (process " + holder.pid() + ", since " + holder.since() + ")");
        this.holder = holder;
    }

    public LockHolder holder() {
        return holder;
    }
}
