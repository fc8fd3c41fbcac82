package rectimap.model;

import java.time.Instant;
import java.util.Objects;

/**
 * A step an earlier session kept on this computer (the shared project's server could not be reached then) that the
 * server refused when this opening sent it again, because someone changed its features meanwhile: the refusal, and
 * when the step was kept ({@code keptAt}, null when the kept record has no time), so the window can say why a
 * conflict dialog appears at opening.
 */
public record RefusedReplay(StepConflict conflict, Instant keptAt) {
    public RefusedReplay {
        Objects.requireNonNull(conflict, "conflict");
    }
}
