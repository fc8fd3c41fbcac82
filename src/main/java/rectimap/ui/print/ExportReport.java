package rectimap.ui.print;

import java.nio.file.Path;
import java.util.List;

/** What an export wrote: the files (in page order) and the number of pages in them. */
record ExportReport(List<Path> files, int pages) {
    ExportReport {
        files = List.copyOf(files);
    }
}
