package rectimap.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import rectimap.report.ReportFigures;

/** Writes the report in a file format for {@link ReportCommand}; returns the exit code. */
final class ReportFiles {
    private ReportFiles() {
    }

    static int write(ReportFormat format, ReportFigures figures, Path out, PrintStream stdout, PrintStream err) {
        err.println("report: --format " + format.word() + " is not available in this build");
        return 2;
    }
}
