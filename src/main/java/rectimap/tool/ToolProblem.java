package rectimap.tool;

import java.util.Objects;

/**
 * Why a tool refused to finish (too few vertices, a self-intersecting ring, a split line that misses the polygon),
 * with the place to mark on the map (display metres; null when the problem has no single place). Immutable.
 */
public record ToolProblem(String message, DisplayPoint location) {
    public ToolProblem {
        Objects.requireNonNull(message, "message");
    }
}
