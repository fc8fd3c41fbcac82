package rectimap.tool;

import rectimap.edit.CommandRefused;
import rectimap.edit.CommandResult;
import rectimap.edit.EditCommand;

/**
 * Builds a tool's edit command on the context's {@link CommandBasis} and emits the step, or turns the refusal into the
 * tool's problem marker (its Chinese text; its stored-CRS location and offered repair converted to display metres).
 */
final class CommandOutcome {
    private CommandOutcome() {
    }

    /** Emits the step of {@code command}; returns null when done, else the problem to show. */
    static ToolProblem emit(EditCommand command, ToolContext context, LayerProjection projection) {
        try {
            CommandResult result = context.basis().build(command);
            context.emit(new ToolResult.Edit(result));
            return null;
        } catch (CommandRefused refused) {
            return problemOf(refused, projection);
        }
    }

    static ToolProblem problemOf(CommandRefused refused, LayerProjection projection) {
        DisplayPoint where = refused.location().map(projection::toDisplay).orElse(null);
        return new ToolProblem(ToolText.given(refused.textZh(), refused.textEn()), where, refused.repaired().map(projection::toDisplay).orElse(null));
    }
}
