package rectimap.ui.report;

import java.util.function.Consumer;
import javafx.stage.Window;
import rectimap.report.ReportFigures;

/** Writes a computed report to a file the user chooses; tells the outcome through {@code status}. FX thread. */
public interface ReportExports {

    /** The file formats of the export buttons. */
    enum Format { XLSX, CSV, PDF }

    void export(Format format, ReportFigures figures, Window owner, Consumer<String> status);
}
