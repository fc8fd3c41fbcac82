package rectimap.edit;

import rectimap.model.LayerRules;
import rectimap.model.Project;

/**
 * A user's edit, built as one {@link rectimap.model.ChangeSet} from the current project. Building changes nothing:
 * the caller executes the step through {@link EditSession}. Implementations are immutable values; build on the FX
 * thread (or anywhere, the inputs being immutable).
 */
public interface EditCommand {

    /**
     * The step this command makes on {@code project}, obeying {@code rules}.
     *
     * @throws CommandRefused when it cannot be done (missing feature, invalid geometry, broken rule…), with the reason
     */
    CommandResult build(Project project, LayerRules rules) throws CommandRefused;
}
