package rectimap.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import rectimap.campaign.ProjectAssembler;
import rectimap.campaign.place.DivisionPlaces;
import rectimap.campaign.review.DemonstrationSite;
import rectimap.campaign.review.PlanItems;
import rectimap.campaign.review.ReviewArchive;
import rectimap.campaign.review.ReviewLedger;
import rectimap.campaign.review.ReviewSheetData;
import rectimap.campaign.review.ReviewSites;
import rectimap.exchange.ReviewSheetFile;
import rectimap.model.Project;
import rectimap.model.StoreException;
import rectimap.print.SheetException;
import rectimap.store.pg.PgAddress;

/**
 * {@code review-sheet --project P|postgresql://… --site CODE|NAME --out F.pdf}: a demonstration site's review sheet (示范审查单) — map of
 * the site, its plan items and its verdict history — as a vector PDF through the print layouts. Exit 0 written,
 * 2 bad arguments, unreadable project or unknown site, 1 the file cannot be written.
 */
public final class ReviewSheetCommand implements CliCommand {

    @Override
    public String name() {
        return "review-sheet";
    }

    @Override
    public String usage() {
        return "review-sheet --project FILE|postgresql://… --site CODE|NAME --out FILE.pdf   a demonstration site's review sheet";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        CommandOptions options;
        try {
            options = CommandOptions.parse(args, Set.of("--project", "--site", "--out"),
                    Set.of("--project", "--site", "--out"));
        } catch (CommandOptions.BadOptions e) {
            err.println("review-sheet: " + e.getMessage() + "; usage: " + usage());
            return 2;
        }
        Project project;
        ReviewArchive reviews;
        try (ReadProject read = ProjectReading.open(options.get("--project"), args, err)) {
            project = ProjectAssembler.assemble(read.label(), read.store());
            reviews = read.reviews();
        } catch (StoreException e) {
            err.println(ProjectFailure.line("review-sheet", e, args));
            return 2;
        } catch (PgAddress.BadAddress e) {
            err.println(ProjectFailure.line("review-sheet", e, args));
            return 2;
        }
        Path file = project.file();
        List<DemonstrationSite> sites = ReviewSites.of(project, DivisionPlaces.of(project), reviews.siteMarks());
        String wanted = options.get("--site");
        DemonstrationSite site = sites.stream().filter(s -> s.code().equals(wanted) || s.name().equals(wanted)
                || s.name().equals(wanted + "村委会")).findFirst().orElse(null);
        if (site == null) {
            err.println("review-sheet: no demonstration site '" + wanted + "' in " + file.getFileName() + "; sites: "
                    + String.join(", ", sites.stream().map(DemonstrationSite::name).toList()));
            return 2;
        }
        ReviewSheetData data = ReviewSheetData.of(site, PlanItems.inside(project, site.boundaryLonLat()),
                new ReviewLedger(reviews.verdicts()), ZoneId.systemDefault());
        Path target = Path.of(options.get("--out")).toAbsolutePath();
        try {
            ReviewSheetFile.write(site.code(), data, project, target);
        } catch (SheetException e) {
            err.println("review-sheet: " + e.getMessage());
            return 2;
        } catch (IOException e) {
            err.println("review-sheet: cannot write " + target + ": " + e.getMessage());
            return 1;
        }
        out.println("wrote " + target);
        return 0;
    }
}
