package rectimap.tool;

import java.util.Objects;
import rectimap.edit.CommandRefused;
import rectimap.edit.CommandResult;
import rectimap.edit.EditCommand;
import rectimap.edit.OverlapPolicy;
import rectimap.model.LayerRules;
import rectimap.model.Project;

/**
 * What tools build their edit commands on: the current project (the edit session's), the domain rules
 * ({@code PlanningRules.INSTANCE} in the app, {@link LayerRules#NONE} in tests) and the edit tool bar's "避让重叠"
 * choice. Tools only build steps here; the application executes them. Immutable.
 */
public record CommandBasis(Project project, LayerRules rules, OverlapPolicy overlap) {
    public CommandBasis {
        Objects.requireNonNull(project, "project");
        Objects.requireNonNull(rules, "rules");
        Objects.requireNonNull(overlap, "overlap");
    }

    /** The step {@code command} makes on the project, or why not. Changes nothing. */
    public CommandResult build(EditCommand command) throws CommandRefused {
        return command.build(project, rules);
    }
}
