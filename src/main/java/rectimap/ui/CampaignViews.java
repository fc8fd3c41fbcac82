package rectimap.ui;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import javafx.scene.Scene;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.stage.Stage;
import rectimap.campaign.review.DemonstrationSite;
import rectimap.campaign.review.PlanItem;
import rectimap.campaign.review.ReviewArchive;
import rectimap.model.Feature;
import rectimap.model.FeatureRef;
import rectimap.model.MapLayer;
import rectimap.report.ReportInputs;
import rectimap.ui.map.MapViewModel;
import rectimap.ui.report.ReportExports;
import rectimap.ui.report.ReportView;
import rectimap.ui.review.ReviewPanelModel;
import rectimap.ui.review.ReviewPanelView;
import rectimap.ui.review.ReviewSheetExport;

/**
 * The campaign office's own views beside the map: the 示范审查 side tab (the map zooms to each site and highlights its
 * plan items) and the 报表 menu with the statistics report window. Kept out of {@link MainWindow} so the window only
 * places them. FX thread.
 */
final class CampaignViews {
    private final Stage owner;
    private final Messages messages;
    private final MapViewModel map;
    private final LazyTab<ReviewPanelView> review;
    private final ReportExports exports;
    private final Consumer<String> status;
    private final rectimap.model.ProjectSettings userSettings;
    /** The open project's reviews; null while no project is shown. */
    private ReviewArchive reviews;
    private Stage reportStage;
    private ReportView reportView;

    CampaignViews(Stage owner, Messages messages, MapViewModel map, Consumer<String> status, ReportExports exports,
            rectimap.model.ProjectSettings userSettings) {
        this.owner = owner;
        this.messages = messages;
        this.map = map;
        this.exports = exports;
        this.status = status;
        this.userSettings = userSettings;
        review = new LazyTab<>("reviewTab", messages.get("review.title"), this::buildReview, panel -> {
            ScrollPane scroll = new ScrollPane(panel);
            scroll.setFitToWidth(true);
            return scroll;
        });
        // Opening the tab shows where the current site is; walking the list then moves the map with it.
        review.tab().selectedProperty().addListener((o, was, now) -> {
            if (now) {
                review.panel().showCurrentOnMap();
            }
        });
    }

    private ReviewPanelView buildReview() {
        ReviewSheetExport printSheet = new ReviewSheetExport(() -> owner, messages, map::project, this::archive,
                status);
        ReviewPanelView panel = new ReviewPanelView(new ReviewPanelModel(map::project), messages, this::showOnMap,
                printSheet, status, userSettings);
        if (reviews != null) {
            panel.open(reviews);
        }
        return panel;
    }

    private ReviewArchive archive() {
        return reviews == null ? ReviewArchive.NONE : reviews;
    }

    Tab reviewTab() {
        return review.tab();
    }

    /** 报表: the statistics report and the review tab. */
    Menu menu() {
        Menu menu = new Menu(messages.get("menu.report"));
        menu.setId("menuReport");
        MenuItem open = new MenuItem(messages.get("menu.report.open"));
        open.setId("menuReportOpen");
        open.setOnAction(e -> openReport());
        MenuItem reviewItem = new MenuItem(messages.get("menu.report.review"));
        reviewItem.setId("menuReview");
        reviewItem.setOnAction(e -> review.reveal());
        menu.getItems().addAll(open, reviewItem);
        return menu;
    }

    /** A project was opened: the review list and (if open) the report follow it. */
    void showProject(ReviewArchive reviews) {
        this.reviews = reviews;
        review.ifBuilt(panel -> panel.open(reviews));
        if (reportView != null) {
            reportView.open();
        }
    }

    void openReport() {
        if (map.project() == null) {
            return;
        }
        if (reportStage == null) {
            reportView = new ReportView(messages,
                    () -> ReportInputs.of(map.project(), archive()), exports);
            reportStage = new Stage();
            reportStage.initOwner(owner);
            reportStage.setTitle(messages.get("report.title"));
            Scene scene = new Scene(reportView, 1280, 860);
            scene.getRoot().setStyle(owner.getScene().getRoot().getStyle());
            reportStage.setScene(scene);
        }
        reportView.open();
        reportStage.show();
        reportStage.toFront();
    }

    /** The report window once opened (null before). */
    ReportView reportView() {
        return reportView;
    }

    private void showOnMap(DemonstrationSite site, List<PlanItem> items) {
        FeatureRef siteRef = siteRef(site);
        if (siteRef == null) {
            return;
        }
        map.zoomToAndHighlight(siteRef, site.boundaryLonLat());
        Set<FeatureRef> refs = new HashSet<>();
        refs.add(siteRef);
        items.forEach(i -> refs.add(new FeatureRef(i.table(), i.featureId())));
        map.highlight(refs);
    }

    private FeatureRef siteRef(DemonstrationSite site) {
        String table = site.kind().isTown() ? "township" : "village";
        return map.project().layer(table).map(MapLayer::layer).flatMap(layer -> layer.features().stream()
                .filter(f -> f.text("code").equals(site.code())).map(Feature::id).findFirst())
                .map(id -> new FeatureRef(table, id)).orElse(null);
    }
}
