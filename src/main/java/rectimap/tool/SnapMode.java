package rectimap.tool;

/** Whether snapping is on (the status bar shows it; S toggles it). */
public enum SnapMode {
    ON, OFF
}
