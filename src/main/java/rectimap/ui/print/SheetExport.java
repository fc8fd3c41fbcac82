package rectimap.ui.print;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import javafx.concurrent.Task;
import rectimap.exchange.AtomicFileWrite;
import rectimap.print.ExportFormat;
import rectimap.print.ExportPreset;
import rectimap.ui.Messages;

/**
 * Writes the planned sheets as a background task with progress and cancel: one PDF (a sheet or a whole atlas), one
 * PDF per township into a folder, or PNGs (one file for a sheet, one per page of an atlas into a folder). Every file
 * goes through {@link AtomicFileWrite}, so a failure or a cancel never leaves half a file. Progress counts pages.
 */
final class SheetExport extends Task<ExportReport> {
    private final SheetOutput output;
    private final List<PlannedSheet> sheets;
    private final ExportFormat format;
    private final AtlasFiles split;
    private final ExportPreset preset;
    private final Path target;
    private final Messages messages;
    private int pagesDone;

    /**
     * @param target the file for a single sheet or a one-file atlas; the folder for PDFs per township or atlas PNGs
     */
    SheetExport(SheetOutput output, List<PlannedSheet> sheets, ExportFormat format, AtlasFiles split,
                ExportPreset preset, Path target, Messages messages) {
        this.output = output;
        this.sheets = List.copyOf(sheets);
        this.format = format;
        this.split = split;
        this.preset = preset;
        this.target = target;
        this.messages = messages;
    }

    /** Whether this export writes into a folder (several files) rather than one file. */
    static boolean writesFolder(ExportFormat format, AtlasFiles split, int pages) {
        return pages > 1 && (format == ExportFormat.PNG || split == AtlasFiles.PDF_PER_TOWNSHIP);
    }

    @Override
    protected ExportReport call() throws Exception {
        List<Path> written = new ArrayList<>();
        if (format == ExportFormat.PDF && !writesFolder(format, split, sheets.size())) {
            writePdf(target, sheets);
            written.add(target);
        } else if (format == ExportFormat.PDF) {
            for (Map.Entry<String, List<PlannedSheet>> township : byTownship().entrySet()) {
                Path file = target.resolve(fileName(township.getKey()) + ".pdf");
                writePdf(file, township.getValue());
                written.add(file);
            }
        } else {
            for (int i = 0; i < sheets.size(); i++) {
                PlannedSheet sheet = sheets.get(i);
                Path file = sheets.size() == 1 ? target
                        : target.resolve(String.format("%03d %s.png", i + 1, fileName(sheet.spec().title())));
                checkCancelled();
                java.awt.image.BufferedImage image = output.image(sheet, output.pngDpi(sheet, preset));
                AtomicFileWrite.write(file, out -> output.writePng(image, out));
                written.add(file);
                pageDone(1);
            }
        }
        return new ExportReport(written, sheets.size());
    }

    private void writePdf(Path file, List<PlannedSheet> pages) throws Exception {
        int before = pagesDone;
        checkCancelled();
        AtomicFileWrite.write(file, out -> {
            try {
                output.writePdf(pages, preset, out, done -> {
                    checkCancelled();
                    pagesDone = before;
                    pageDone(done);
                });
            } catch (java.io.IOException | RuntimeException e) {
                throw e;
            } catch (Exception e) {
                throw new java.io.IOException(e.getMessage(), e);
            }
        });
        pagesDone = before + pages.size();
    }

    private void pageDone(int count) {
        pagesDone += count;
        updateProgress(pagesDone, sheets.size());
        updateMessage(messages.format("print.progress", Math.min(pagesDone + 1, sheets.size()), sheets.size()));
    }

    private void checkCancelled() {
        if (isCancelled()) {
            throw new CancellationException("export cancelled");
        }
    }

    /** Pages grouped by township in page order; pages without one (the district, a view) under the first title. */
    private Map<String, List<PlannedSheet>> byTownship() {
        Map<String, List<PlannedSheet>> groups = new LinkedHashMap<>();
        for (PlannedSheet sheet : sheets) {
            String name = sheet.townshipName().isEmpty() ? sheet.spec().title() : sheet.townshipName();
            groups.computeIfAbsent(name, n -> new ArrayList<>()).add(sheet);
        }
        return groups;
    }

    /** A file name from a title: characters Windows or Linux refuse become "_". */
    static String fileName(String title) {
        String cleaned = title.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "_").strip();
        return cleaned.isEmpty() ? "sheet" : cleaned;
    }
}
