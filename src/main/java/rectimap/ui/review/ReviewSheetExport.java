package rectimap.ui.review;

import java.io.File;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.concurrent.Task;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import rectimap.campaign.review.DemonstrationSite;
import rectimap.campaign.review.PlanItems;
import rectimap.campaign.review.ReviewArchive;
import rectimap.campaign.review.ReviewLedger;
import rectimap.campaign.review.ReviewSheetData;
import rectimap.exchange.ReviewSheetFile;
import rectimap.model.Project;
import rectimap.ui.Messages;

/**
 * 打印审查单: asks where to save, then prepares the site's review sheet (map, plan items, verdict history) and writes
 * the PDF on a background task; says the outcome in the status bar. FX thread for the call.
 */
public final class ReviewSheetExport implements Consumer<DemonstrationSite> {
    private final Supplier<Window> owner;
    private final Messages messages;
    private final Supplier<Project> project;
    private final Supplier<ReviewArchive> reviews;
    private final Consumer<String> status;

    public ReviewSheetExport(Supplier<Window> owner, Messages messages, Supplier<Project> project,
            Supplier<ReviewArchive> reviews, Consumer<String> status) {
        this.owner = owner;
        this.messages = messages;
        this.project = project;
        this.reviews = reviews;
        this.status = status;
    }

    @Override
    public void accept(DemonstrationSite site) {
        FileChooser chooser = new FileChooser();
        chooser.setInitialFileName(site.name() + " 示范审查单.pdf");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("PDF", "*.pdf"));
        File chosen = chooser.showSaveDialog(owner.get());
        if (chosen != null) {
            write(site, chosen.toPath());
        }
    }

    /** Writes the sheet of {@code site} to {@code target} in the background. */
    public Task<Path> write(DemonstrationSite site, Path target) {
        Project snapshot = project.get();
        ReviewSheetData data = ReviewSheetData.of(site, PlanItems.inside(snapshot, site.boundaryLonLat()),
                new ReviewLedger(reviews.get().verdicts()), ZoneId.systemDefault());
        Task<Path> task = new Task<>() {
            @Override
            protected Path call() throws Exception {
                ReviewSheetFile.write(site.code(), data, snapshot, target);
                return target;
            }
        };
        task.setOnSucceeded(e -> status.accept(messages.format("review.sheetSaved", target)));
        task.setOnFailed(e -> status.accept(messages.format("review.sheetFailed", task.getException().getMessage())));
        Thread thread = new Thread(task, "review-sheet");
        thread.setDaemon(true);
        thread.start();
        return task;
    }
}
