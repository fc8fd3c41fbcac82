package rectimap.ui.edit;

/** Where a row of the history panel stands relative to the undo cursor. */
public enum StepState {
    /** Done, before the current position. */
    DONE,
    /** The last done step (or the starting point when nothing is done): where the project is now. */
    CURRENT,
    /** Undone: redo would apply it again. */
    UNDONE
}
