package rectimap.ui.tools;

import java.util.function.Supplier;
import rectimap.tool.DrawLineTool;
import rectimap.tool.DrawPointTool;
import rectimap.tool.DrawPolygonTool;
import rectimap.tool.MapTool;
import rectimap.tool.MeasureMode;
import rectimap.tool.MeasureTool;
import rectimap.tool.MoveTool;
import rectimap.tool.SelectTool;
import rectimap.tool.SplitTool;
import rectimap.tool.VertexEditTool;

/**
 * The tools of the edit tool bar, each with its message key ({@code tool.kind.<NAME>}) and a factory; PAN has no
 * tool object: the map view pans and identifies itself.
 */
public enum ToolKind {
    PAN(null),
    SELECT(SelectTool::new),
    POINT(DrawPointTool::new),
    LINE(DrawLineTool::new),
    POLYGON(DrawPolygonTool::new),
    VERTEX(VertexEditTool::new),
    MOVE(MoveTool::new),
    SPLIT(SplitTool::new),
    MEASURE_LENGTH(() -> new MeasureTool(MeasureMode.DISTANCE)),
    MEASURE_AREA(() -> new MeasureTool(MeasureMode.AREA));

    private final Supplier<MapTool> factory;

    ToolKind(Supplier<MapTool> factory) {
        this.factory = factory;
    }

    /** A fresh tool in its idle state; null for PAN. */
    public MapTool create() {
        return factory == null ? null : factory.get();
    }

    /** Whether the tool changes a layer (then a planning layer must be chosen for editing). */
    public boolean edits() {
        return this == POINT || this == LINE || this == POLYGON || this == VERTEX || this == MOVE || this == SPLIT;
    }

    public String messageKey() {
        return "tool.kind." + name();
    }
}
