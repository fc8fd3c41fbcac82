package rectimap.model;

import java.nio.file.Path;
import java.util.List;

/**
 * A step the shared project refused because features it changes were changed by someone else since this user saw
 * them (their row versions moved on). Nothing of the step was written. The conflicts say, per feature, base, mine
 * and theirs, so the window can offer mine / theirs / combine attributes.
 */
public class StepConflict extends StoreException {
    private final ChangeSet step;
    private final transient List<FeatureConflict> conflicts;

    public StepConflict(Path project, ChangeSet step, List<FeatureConflict> conflicts) {
        super(StoreProblem.CONFLICT, project, step.name(), "step \"" + step.name() + "\" conflicts on "
                + conflicts.size() + " feature(s)", null);
        this.step = step;
        this.conflicts = List.copyOf(conflicts);
    }

    /** The refused step. */
    public ChangeSet step() {
        return step;
    }

    public List<FeatureConflict> conflicts() {
        return conflicts;
    }
}
