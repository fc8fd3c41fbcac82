package rectimap.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Locale;
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
            Locale locale, PrintStream stdout, PrintStream err) {
        Path target = out.toAbsolutePath();
        try {
            ReportFileExport.write(ReportFileExport.Format.valueOf(format.name()), figures, project, photos, target);
        } catch (SheetException e) {
            err.println(UserText.format(locale, "cli.refused", "report", e.userMessage(locale)));
            return 2;
        } catch (IOException e) {
            err.println(UserText.format(locale, "cli.cannotWrite", "report", target, e.getMessage()));
            return 1;
        }
        stdout.println(UserText.format(locale, "cli.wrote", target));
        return 0;
    }
}
