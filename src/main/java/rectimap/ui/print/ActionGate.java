package rectimap.ui.print;

import javafx.stage.Window;

/**
 * Asked before the dialog exports or prints, e.g. the coverage check's open-problems warning; {@code action} is the
 * verb in the interface language ("导出 PDF"). FX thread; may block in a modal dialog.
 */
@FunctionalInterface
public interface ActionGate {
    /** Lets every action run without asking. */
    ActionGate ALWAYS = (owner, action) -> true;

    /** Whether {@code action} may run now. */
    boolean mayRun(Window owner, String action);
}
