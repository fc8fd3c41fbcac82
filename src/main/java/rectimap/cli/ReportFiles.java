package rectimap.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import rectimap.exchange.ReportFileExport;
import rectimap.media.PhotoArchive;
import rectimap.model.Project;
import rectimap.print.SheetException;
import rectimap.report.ReportFigures;

/** Writes the report in a file format for {@link ReportCommand} through {@link ReportFileExport}; returns the exit code. */
final class ReportFiles {
    private ReportFiles() {
    }

    static int write(ReportFormat format, ReportFigures figures, Project project, PhotoArchive photos, Path out,
            PrintStream stdout, PrintStream err) {
        Path target = out.toAbsolutePath();
        try {
            ReportFileExport.write(ReportFileExport.Format.valueOf(format.name()), figures, project, photos, target);
        } catch (SheetException e) {
            err.println("report: " + e.getMessage());
            return 2;
        } catch (IOException e) {
            err.println("report: cannot write " + target + ": " + e.getMessage());
            return 1;
        }
        stdout.println("wrote " + target);
        return 0;
    }
}
