package rectimap.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import rectimap.campaign.ProjectAssembler;
import rectimap.campaign.place.DivisionPlaces;
import rectimap.campaign.review.DemonstrationSite;
import rectimap.campaign.review.PlanItem;
import rectimap.campaign.review.PlanItems;
import rectimap.campaign.review.ReviewArchive;
import rectimap.campaign.review.ReviewLedger;
import rectimap.campaign.review.ReviewSheetData;
import rectimap.campaign.review.ReviewSites;
import rectimap.exchange.ReviewSheetFile;
import rectimap.model.Project;
import rectimap.model.StoreException;
import rectimap.print.EvidencePages;
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
            CommandArguments.refuse(this, e, args, err);
            return 2;
        }
        // The project stays open while the PDF is written: the photo pages read their pictures as they are painted.
        try (ReadProject read = ProjectReading.open(options.get("--project"), args, err)) {
            Project project = ProjectAssembler.assemble(read.label(), read.store());
            ReviewArchive reviews = read.reviews();
            List<DemonstrationSite> sites = ReviewSites.of(project, DivisionPlaces.of(project), reviews.siteMarks());
            String wanted = options.get("--site");
            DemonstrationSite site = sites.stream().filter(s -> s.code().equals(wanted) || s.name().equals(wanted)
                    || s.name().equals(wanted + "村委会")).findFirst().orElse(null);
            if (site == null) {
                err.println(UserText.format(UserText.localeOf(args), "cli.reviewSheet.noSite", name(), wanted,
                        project.file().getFileName(), String.join(", ", sites.stream().map(DemonstrationSite::name)
                                .toList())));
                return 2;
            }
            List<PlanItem> items = PlanItems.inside(project, site.boundaryLonLat());
            ReviewSheetData data = ReviewSheetData.of(site, items, new ReviewLedger(reviews.verdicts()),
                    ZoneId.systemDefault());
            EvidencePages photos = ReviewSheetFile.photoPages(data, project, site.boundaryLonLat(), items,
                    read.photos());
            return write(site, data, project, photos, Path.of(options.get("--out")).toAbsolutePath(),
                    UserText.localeOf(args), out, err);
        } catch (StoreException e) {
            err.println(ProjectFailure.line("review-sheet", e, args));
            return 2;
        } catch (PgAddress.BadAddress e) {
            err.println(ProjectFailure.line("review-sheet", e, args));
            return 2;
        }
    }

    private static int write(DemonstrationSite site, ReviewSheetData data, Project project, EvidencePages photos,
                             Path target, Locale locale, PrintStream out, PrintStream err) {
        try {
            ReviewSheetFile.write(site.code(), data, project, photos, target);
        } catch (SheetException e) {
            err.println(UserText.format(locale, "cli.refused", "review-sheet", e.userMessage(locale)));
            return 2;
        } catch (IOException e) {
            err.println(UserText.format(locale, "cli.cannotWrite", "review-sheet", target, e.getMessage()));
            return 1;
        }
        out.println(UserText.format(locale, "cli.wrote", target));
        return 0;
    }
}
