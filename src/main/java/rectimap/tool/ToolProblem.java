package rectimap.tool;

import java.util.Objects;
import org.locationtech.jts.geom.Geometry;

/**
 * Why a tool refused to finish (too few vertices, a self-intersecting ring, a split line that misses the polygon, a
 * rule of the layer), with the place to mark on the map (display metres; null when the problem has no single place)
 * and, for invalid geometry, a repaired shape the user may accept instead ({@code repair}, display metres, drawn as a
 * preview; null when none is offered — accept it with {@link MapTool#acceptRepair}). Immutable: the repair geometry
 * is never changed.
 */
public record ToolProblem(ToolText message, DisplayPoint location, Geometry repair) {
    public ToolProblem {
        Objects.requireNonNull(message, "message");
    }

    /** A problem without a repair. */
    public ToolProblem(ToolText message, DisplayPoint location) {
        this(message, location, null);
    }

    public boolean offersRepair() {
        return repair != null;
    }
}
