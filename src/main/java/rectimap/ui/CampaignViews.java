package rectimap.ui;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;
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
    private final ReviewPanelView review;
    private final Tab reviewTab;
    private final ReportExports exports;
    private Supplier<ReviewArchive> archive = () -> ReviewArchive.NONE;
    private Stage reportStage;
    private ReportView reportView;

    CampaignViews(Stage owner, Messages messages, MapViewModel map, Consumer<String> status, ReportExports exports,
            rectimap.model.ProjectSettings userSettings) {
        this.owner = owner;
        this.messages = messages;
        this.map = map;
        this.exports = exports;
        ReviewSheetExport printSheet = new ReviewSheetExport(() -> owner, messages, map::project, () -> archive.get(),
                status);
        review = new ReviewPanelView(new ReviewPanelModel(map::project), messages, this::showOnMap, printSheet, status,
                userSettings);
        ScrollPane scroll = new ScrollPane(review);
        scroll.setFitToWidth(true);
        reviewTab = new Tab(messages.get("review.title"), scroll);
        reviewTab.setId("reviewTab");
        reviewTab.setClosable(false);
        // Opening the tab shows where the current site is; walking the list then moves the map with it.
        reviewTab.setOnSelectionChanged(e -> {
            if (reviewTab.isSelected()) {
                review.showCurrentOnMap();
            }
        });
    }

    Tab reviewTab() {
        return reviewTab;
    }

    ReviewPanelView reviewPanel() {
        return review;
    }

    /** 报表: the statistics report and the review tab. */
    Menu menu(Runnable selectReviewTab) {
        Menu menu = new Menu(messages.get("menu.report"));
        menu.setId("menuReport");
        MenuItem open = new MenuItem(messages.get("menu.report.open"));
        open.setId("menuReportOpen");
        open.setOnAction(e -> openReport());
        MenuItem reviews = new MenuItem(messages.get("menu.report.review"));
        reviews.setId("menuReview");
        reviews.setOnAction(e -> selectReviewTab.run());
        menu.getItems().addAll(open, reviews);
        return menu;
    }

    /** A project was opened: the review list and (if open) the report follow it. */
    void showProject(ReviewArchive reviews) {
        archive = () -> reviews;
        review.open(reviews);
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
                    () -> ReportInputs.of(map.project(), archive.get()), exports);
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
