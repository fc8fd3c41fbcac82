package rectimap.tool;

/** What the measure tool measures along the clicked vertices. */
public enum MeasureMode {
    /** The length of the path, "长度 … 米". */
    DISTANCE,
    /** The area of the closed ring (and its perimeter), "面积 … 平方米 · … 亩". */
    AREA
}
