package rectimap.ui.print;

import java.awt.image.BufferedImage;
import java.util.function.Consumer;
import javafx.concurrent.Task;
import javafx.embed.swing.SwingFXUtils;
import javafx.print.PageLayout;
import javafx.print.PageOrientation;
import javafx.print.Printer;
import javafx.print.PrinterJob;
import javafx.scene.image.ImageView;
import javafx.stage.Window;
import rectimap.print.Orientation;
import rectimap.ui.Messages;

/**
 * Prints the designed sheet on a system printer through JavaFX printing: the system's printer chooser, then the
 * sheet drawn at {@link #PRINT_DPI} and scaled to the printable area of the printer's page (turned to the sheet's
 * orientation). With no printer installed it says so instead of failing. FX thread; the drawing runs on a
 * background task.
 */
final class SheetPrinting {
    /** Resolution of the image sent to the printer: sharp text at office-printer resolution, bounded memory. */
    static final double PRINT_DPI = 200;

    private final Messages messages;
    private final Consumer<String> status;

    SheetPrinting(Messages messages, Consumer<String> status) {
        this.messages = messages;
        this.status = status;
    }

    /** Whether the system has any printer; JavaFX reports none on a machine without a print service. */
    static boolean hasPrinter() {
        return !Printer.getAllPrinters().isEmpty();
    }

    /**
     * Lets the user choose a printer and prints {@code drawing} (the sheet at a given dpi) on it.
     *
     * @param onNoPrinter told (FX thread) when there is no printer, with the sentence to show
     */
    void print(Window owner, Orientation orientation, java.util.function.DoubleFunction<BufferedImage> drawing,
               Consumer<String> onNoPrinter) {
        PrinterJob job = hasPrinter() ? PrinterJob.createPrinterJob() : null;
        if (job == null) {
            onNoPrinter.accept(messages.get("print.noPrinter"));
            return;
        }
        if (!job.showPrintDialog(owner)) {
            job.cancelJob();
            status.accept(messages.get("print.printCancelled"));
            return;
        }
        Printer printer = job.getPrinter();
        PageLayout layout = printer.createPageLayout(job.getJobSettings().getPageLayout().getPaper(),
                orientation == Orientation.LANDSCAPE ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT,
                Printer.MarginType.DEFAULT);
        Task<BufferedImage> draw = new Task<>() {
            @Override
            protected BufferedImage call() {
                return drawing.apply(PRINT_DPI);
            }
        };
        draw.setOnSucceeded(e -> send(job, layout, draw.getValue()));
        draw.setOnFailed(e -> {
            job.cancelJob();
            status.accept(messages.format("print.printFailed", draw.getException().getMessage()));
        });
        Thread thread = new Thread(draw, "print-draw");
        thread.setDaemon(true);
        thread.start();
    }

    private void send(PrinterJob job, PageLayout layout, BufferedImage sheet) {
        ImageView page = new ImageView(SwingFXUtils.toFXImage(sheet, null));
        page.setPreserveRatio(true);
        page.setSmooth(true);
        page.setFitWidth(layout.getPrintableWidth());
        page.setFitHeight(layout.getPrintableHeight());
        if (job.printPage(layout, page) && job.endJob()) {
            status.accept(messages.format("print.printed", job.getPrinter().getName()));
        } else {
            job.cancelJob();
            status.accept(messages.format("print.printFailed", String.valueOf(job.getJobStatus())));
        }
    }
}
