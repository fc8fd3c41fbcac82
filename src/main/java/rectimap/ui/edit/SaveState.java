package rectimap.ui.edit;

/** Whether a history step's last move (do, undo, redo) is in the project file. */
public enum SaveState {
    /** Written: the project file holds it. */
    SAVED,
    /** Queued for the writer (e.g. waiting for another program to release the file). */
    WAITING,
    /** Writing it failed; the status bar says why. */
    FAILED
}
