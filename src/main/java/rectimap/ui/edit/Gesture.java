package rectimap.ui.edit;

/** The mouse part of a shortcut, if any; its text is {@code gesture.<name>} in the UI bundle. */
public enum Gesture {
    NONE, SHIFT_CLICK, DRAG_BOX, DOUBLE_CLICK, DRAG, CLICK_ON_SEGMENT
}
