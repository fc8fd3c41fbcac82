package rectimap.ui;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.scene.control.Alert;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tab;
import javafx.stage.Stage;
import rectimap.campaign.cases.CaseFilter;
import rectimap.campaign.cases.CaseStyles;
import rectimap.campaign.cases.SupervisionCase;
import rectimap.campaign.cases.TrafficLight;
import rectimap.campaign.coverage.CoverageAnalysis;
import rectimap.campaign.coverage.CoverageReport;
import rectimap.campaign.jurisdiction.JurisdictionHistory;
import rectimap.campaign.jurisdiction.JurisdictionMove;
import rectimap.campaign.jurisdiction.MoveRefused;
import rectimap.model.ChangeSet;
import rectimap.model.Feature;
import rectimap.model.FeatureRef;
import rectimap.model.MapLayer;
import rectimap.model.Project;
import rectimap.model.ProjectSettings;
import rectimap.ui.cases.CaseListView;
import rectimap.ui.coverage.CoverageMonitor;
import rectimap.ui.coverage.OpenProblemsGate;
import rectimap.ui.coverage.ProblemOverlay;
import rectimap.ui.coverage.ProblemsPanelView;
import rectimap.ui.jurisdiction.JurisdictionDialog;
import rectimap.ui.map.MapViewModel;
import rectimap.ui.status.StatusBarView;
import rectimap.ui.tools.MapEditing;

/**
 * The campaign's own panels in the window: the coverage problems tab and the status-bar indicator (re-checked off the
 * FX thread after every edit), the case list with traffic-light styling and the overdue count, the 调整隶属… dialog,
 * and the gate print and export ask first. Everything here runs on the FX thread except the coverage check.
 */
final class CampaignPanels {
    private final Stage stage;
    private final Messages messages;
    private final MapViewModel model;
    private final MapEditing editing;
    private final StatusBarView status;
    private final CoverageMonitor monitor = new CoverageMonitor(CoverageAnalysis.DEFAULT_SLIVER_M2);
    /** The project setting holding the case list's warning days (whole days before a deadline shown yellow). */
    static final String WARNING_DAYS_KEY = "cases.warningDays";
    private final LazyTab<ProblemsPanelView> problems;
    private final LazyTab<CaseListView> cases;
    /** Where the case list's warning days are remembered: the open project's settings. */
    private ProjectSettings settings = ProjectSettings.inMemory(Map.of());
    /** The warning days in force (the case list shows them once built; the map's traffic lights use them always). */
    private int warningDays = TrafficLight.DEFAULT_WARNING_DAYS;
    /** Where the tables' column widths are kept; null until {@link #rememberColumns}. */
    private ColumnWidths widths;
    /** The case layer's features and the day last shown, for a case list built later. */
    private List<Feature> caseFeatures = List.of();
    private LocalDate caseDay = LocalDate.now();
    private final OpenProblemsGate gate;
    private Project lastChecked;

    CampaignPanels(Stage stage, Messages messages, MapViewModel model, MapEditing editing, StatusBarView status) {
        this.stage = stage;
        this.messages = messages;
        this.model = model;
        this.editing = editing;
        this.status = status;
        problems = new LazyTab<>("coverageTab", messages.get("coverage.title"), this::buildProblems);
        cases = new LazyTab<>("casesTab", messages.get("cases.title"), this::buildCases);
        gate = new OpenProblemsGate(messages, monitor::latest, this::overdueCount);
        monitor.addListener(this::showReport);
        status.showCoverage(messages.get("coverage.checking"));
        status.setOnCoverageClicked(problems::reveal);
        editing.addStateListener(this::projectMaybeChanged);
    }

    /** Restores and keeps the column widths of the problems and case tables in {@code widths}. */
    void rememberColumns(ColumnWidths widths) {
        this.widths = widths;
        problems.ifBuilt(p -> p.rememberColumns(widths));
        cases.ifBuilt(c -> c.rememberColumns(widths));
    }

    List<Tab> tabs() {
        return List.of(problems.tab(), cases.tab());
    }

    private ProblemsPanelView buildProblems() {
        ProblemsPanelView panel = new ProblemsPanelView(messages, this::project, this::execute,
                (refs, place) -> model.zoomToAndHighlight(refs, place), status::showMessage);
        if (widths != null) {
            panel.rememberColumns(widths);
        }
        CoverageReport latest = monitor.latest();
        if (latest != null) {
            panel.show(latest);
        }
        return panel;
    }

    private CaseListView buildCases() {
        CaseListView panel = new CaseListView(messages, (ref, place) -> model.zoomToAndHighlight(Set.of(ref), place),
                this::warningDaysChosen);
        if (widths != null) {
            panel.rememberColumns(widths);
        }
        panel.setWarningDays(warningDays);
        panel.show(caseFeatures, caseDay);
        return panel;
    }

    /** 整治: the problems list, the case list, 调整隶属…. */
    Menu menu() {
        Menu menu = new Menu(messages.get("menu.campaign"));
        menu.setId("menuCampaign");
        menu.getItems().addAll(item("menuCoverage", "menu.campaign.coverage", problems::reveal),
                item("menuCases", "menu.campaign.cases", cases::reveal),
                item("menuJurisdiction", "menu.campaign.jurisdiction", this::moveVillages));
        return menu;
    }

    /** The gate print and export actions call before they run. */
    OpenProblemsGate gate() {
        return gate;
    }

    /**
     * Called once a project is loaded and its editing session started: the coverage check starts, and the case list's
     * warning days come back from {@code projectSettings} (where a change is remembered), read off the FX thread (an
     * editing session reads them through the journal's writer); the cases are styled once they are known.
     */
    void projectStarted(ProjectSettings projectSettings) {
        settings = projectSettings;
        projectMaybeChanged();
        OneShotTask.start("campaign-settings", () -> projectSettings.read(WARNING_DAYS_KEY)
                .flatMap(CampaignPanels::wholeNumber), days -> {
            if (settings != projectSettings) {
                return;
            }
            // Shown as read, not written back: the panel's echo of the same number is no choice of the user's.
            days.ifPresent(d -> {
                warningDays = CaseListView.shownWarningDays(d);
                cases.ifBuilt(c -> c.setWarningDays(warningDays));
            });
            restyleCases();
        }, failure -> Thread.currentThread().getUncaughtExceptionHandler().uncaughtException(Thread.currentThread(),
                failure));
    }

    private void warningDaysChosen(int days) {
        if (days == warningDays) {
            return;
        }
        warningDays = days;
        settings.write(WARNING_DAYS_KEY, Integer.toString(days));
        restyleCases();
    }

    private static Optional<Integer> wholeNumber(String text) {
        try {
            return Optional.of(Integer.parseInt(text.trim()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    void close() {
        monitor.close();
    }

    private void projectMaybeChanged() {
        Project project = project();
        if (project == null || project == lastChecked) {
            return;
        }
        lastChecked = project;
        monitor.check(project);
        restyleCases();
    }

    private void showReport(CoverageReport report) {
        problems.ifBuilt(p -> p.show(report));
        status.showCoverage(ProblemsPanelView.indicator(messages, report));
        model.showOverlay(ProblemOverlay.of(report));
    }

    /**
     * Traffic lights as seen today on the case layer, the case list and the overdue count. After every project
     * change: the map shows the session's layers with their stored style, which knows no "today".
     */
    private void restyleCases() {
        Project project = model.project();
        MapLayer caseLayer = project == null ? null : project.layer(SupervisionCase.TABLE).orElse(null);
        if (caseLayer == null) {
            return;
        }
        LocalDate today = LocalDate.now();
        List<Feature> features = caseLayer.layer().features();
        List<MapLayer> layers = new ArrayList<>();
        for (MapLayer layer : project.layers()) {
            layers.add(layer == caseLayer ? new MapLayer(layer.layer(), CaseStyles.trafficLight(features, today,
                    warningDays), layer.visible(), layer.opacity()) : layer);
        }
        model.updateLayers(layers);
        caseFeatures = features;
        caseDay = today;
        cases.ifBuilt(c -> c.show(features, today));
        status.showOverdue(messages.format("cases.indicator", CaseFilter.overdueCount(features, today)));
    }

    private long overdueCount() {
        Project project = project();
        return project == null ? 0 : project.layer(SupervisionCase.TABLE)
                .map(l -> CaseFilter.overdueCount(l.layer().features(), LocalDate.now())).orElse(0L);
    }

    private void moveVillages() {
        Project project = project();
        if (project == null) {
            return;
        }
        Set<String> selected = editing.selection().features().stream()
                .filter(r -> r.tableName().equals(JurisdictionHistory.VILLAGE_TABLE))
                .map(r -> villageCode(project, r)).collect(Collectors.toSet());
        JurisdictionDialog dialog = new JurisdictionDialog(messages, project, selected, LocalDate.now());
        dialog.initOwner(stage);
        dialog.showAndWait().ifPresent(move -> {
            try {
                ChangeSet step = move.build(project());
                execute(step);
                status.showMessage(messages.format("coverage.fixed", step.name()));
            } catch (MoveRefused refused) {
                String reason = messages.label(refused);
                status.showMessage(reason);
                Alert alert = DialogButtons.alert(messages, Alert.AlertType.WARNING, reason);
                alert.initOwner(stage);
                alert.getDialogPane().setId("jurisdictionRefused");
                alert.show();
            }
        });
    }

    private static String villageCode(Project project, FeatureRef ref) {
        return project.layer(ref.tableName()).flatMap(l -> l.layer().feature(ref.featureId()))
                .map(f -> f.text("code")).orElse("");
    }

    private void execute(ChangeSet step) {
        editing.session().ifPresent(session -> session.execute(step));
    }

    private Project project() {
        return editing.session().map(s -> s.project()).orElse(null);
    }

    private MenuItem item(String id, String key, Runnable action) {
        MenuItem item = new MenuItem(messages.get(key));
        item.setId(id);
        item.setOnAction(e -> action.run());
        return item;
    }
}
