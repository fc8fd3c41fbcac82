package rectimap.ui;

import java.nio.file.Path;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javafx.concurrent.Task;
import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCombination;
import rectimap.campaign.identify.IdentifiedLayer;
import rectimap.campaign.planning.PlanningRules;
import rectimap.edit.UndoHistory;
import rectimap.model.Feature;
import rectimap.model.FeatureRef;
import rectimap.model.LayerInfo;
import rectimap.render.MapRenderer;
import rectimap.ui.edit.AttributeFormModel;
import rectimap.ui.edit.AttributeFormView;
import rectimap.ui.edit.FormPurpose;
import rectimap.ui.edit.HistoryPanelView;
import rectimap.ui.exchange.ExchangeActions;
import rectimap.ui.identify.IdentifyView;
import rectimap.ui.photos.PhotoPanels;
import rectimap.ui.layers.LayerPanelView;
import rectimap.ui.map.MapCanvasView;
import rectimap.ui.map.MapPainter;
import rectimap.ui.map.MapViewModel;
import rectimap.ui.search.PlaceSearch;
import rectimap.ui.search.SearchBoxView;
import rectimap.render.Viewport;
import rectimap.ui.print.PrintContext;
import rectimap.ui.print.PrintDialog;
import rectimap.ui.raster.RasterActions;
import rectimap.ui.raster.RasterGround;
import rectimap.ui.raster.RasterLayersView;
import rectimap.ui.status.StatusBarView;
import rectimap.ui.tools.EditToolBarView;
import rectimap.ui.tools.MapEditing;
import rectimap.ui.tools.ToolKind;
import rectimap.ui.tools.TypedCoordinatesDialog;

/**
 * The main window: menu bar and tool bar, the layer panel, the map, the identify panel and the status bar. Projects
 * load on a background task and are handed to the FX thread once ({@link #showLoaded}).
 */
public final class MainWindow {
    private final Stage stage;
    private final Messages messages;
    private final ProjectLoader loader;
    private final Path fallbackProject;
    private final MapViewModel model = new MapViewModel();
    private final MapCanvasView map;
    private final LayerPanelView layers;
    private final IdentifyView identify;
    /** Photos: identify's thumbnails, the before/after viewer, drops on features, the closing rule. */
    private final PhotoPanels photos;
    /** The identify panel's tab, brought to the front by a click on the map. */
    private Tab identifyTab;
    private final StatusBarView status;
    private final SearchBoxView search;
    private final ToolBarView toolBar;
    private final MapEditing editing;
    private final EditToolBarView editToolBar;
    private final HistoryPanelView history;
    private final OutsideChangesFollower outside;
    private final ProjectFileActions files;
    private final ExchangeActions exchange;
    private final FxFonts fonts;
    private final CampaignPanels campaignPanels;
    private final CampaignViews campaign;
    private final RasterGround ground;
    private final RasterActions rasters;
    private LoadedProject current;
    private final ViewMemory memory;
    private final SplitPane split;
    /** The open print dialog, if any: Ctrl+P brings it forward rather than opening a second. */
    private PrintDialog printDialog;
    /** Where the pointer last was over the map, in map pixels; null before it first moved there. */
    private Point2D pointer;

    public MainWindow(Stage stage, Messages messages, ProjectLoader loader, Path fallbackProject) {
        this.stage = stage;
        this.messages = messages;
        this.loader = loader;
        this.fallbackProject = fallbackProject;
        fonts = FxFonts.discover();
        ground = new RasterGround(this::repaintMap, this::rasterFailed);
        map = new MapCanvasView(model, new MapPainter(MapRenderer.forScreen(), ground), messages);
        identify = new IdentifyView(messages);
        status = new StatusBarView(messages);
        search = new SearchBoxView(messages);
        photos = new PhotoPanels(messages, stage, identify.photos(), this::featureTitle);
        editing = new MapEditing(model, map, messages, PlanningRules.withClosingEvidence(photos.closingEvidence()),
                this::askAttributes, status::showMessage);
        editToolBar = new EditToolBarView(editing, messages);
        LayerPanelActions layerActions = new LayerPanelActions(model, editing, messages, stage,
                status::showMessage);
        layers = new LayerPanelView(messages, layerActions, fonts);
        layerActions.attach(layers);
        rasters = new RasterActions(stage, messages, ground, status::showMessage);
        RasterLayersView rasterRows = new RasterLayersView(messages, rasters);
        rasters.addChangeListener(() -> rasterRows.show(ground.layers()));
        ViewMenuActions view = new ViewMenuActions(messages, model, layers::selected, status::showMessage);
        toolBar = new ToolBarView(messages, search, model::zoomToFullExtent, model::zoomIn, model::zoomOut,
                view::zoomToTypedScale);
        history = new HistoryPanelView(messages, editing::undoTo);
        outside = new OutsideChangesFollower(editing, messages, status::showMessage);
        files = new ProjectFileActions(stage, messages, loader, fallbackProject, () -> current, this::open,
                status::showMessage);
        exchange = new ExchangeActions(messages, new ExchangeActions.Window(stage, model::project, editing::session,
                () -> current != null && current.isWritable(), editing::selection, editing::activeTable,
                this::importNewLayer, this::reopen, status::showMessage), loader.geoPackageLayers(),
                loader.geoPackageWriter(), new rectimap.exchange.ShapefileLayerWriter());
        MenuBarView menus = new MenuBarView(messages, new MenuBarView.Actions(files::newProject, files::saveAs,
                loader::recent, this::open, files::chooseAndOpen, stage::close,
                model::zoomToFullExtent, model::zoomIn, model::zoomOut, view::zoomToSelectedLayer,
                view::askScale, view::showAbout, editing::undo, editing::redo, editing::deleteSelected,
                editing::mergeSelected, editing::toggleSnapping, this::askTypedCoordinates, editing::acceptRepair,
                view::showShortcuts, this::openPrintDialog, () -> exchange.chooseAndImport(), this::exportPastTheGate));
        javafx.scene.control.MenuItem openShared = new javafx.scene.control.MenuItem(messages.get("menu.file.openShared"));
        openShared.setId("menuOpenShared");
        openShared.setOnAction(e -> askAndOpenShared());
        menus.getMenus().get(0).getItems().add(2, openShared);
        campaignPanels = new CampaignPanels(stage, messages, model, editing, status);
        menus.getMenus().add(menus.getMenus().size() - 1, campaignPanels.menu());
        MenuItem addRaster = new MenuItem(messages.get("menu.file.addRaster"));
        addRaster.setId("menuAddRaster");
        addRaster.setOnAction(e -> rasters.chooseAndAdd());
        menus.getMenus().get(0).getItems().add(1, addRaster);
        campaignPanels.rememberColumns(new ColumnWidths(loader.userSettings()));
        editing.addStateListener(() -> {
            menus.showUndoRedo(editing.session().flatMap(s -> s.history().undoName()),
                    editing.session().flatMap(s -> s.history().redoName()));
            editing.session().ifPresent(s -> history.show(s.history().steps(), s.history().doneCount()));
            editing.session().ifPresent(s -> layers.show(s.project().layers()));
            status.showEditing(editing.toolStatus(), editing.snapping(), editing.snapper().tolerancePx());
        });
        campaign = new CampaignViews(stage, messages, model, status::showMessage,
                new rectimap.ui.report.FileReportExports(messages, model::project), loader.userSettings());
        wire();
        identifyTab = tab("identify.title", identify);
        TabPane side = new TabPane(identifyTab, tab("history.title", history),
                campaign.reviewTab());
        side.getTabs().addAll(campaignPanels.tabs());
        menus.getMenus().add(menus.getMenus().size() - 1,
                campaign.menu(() -> side.getSelectionModel().select(campaign.reviewTab())));
        side.setId("sideTabs");
        VBox layerSide = new VBox(layers, rasterRows);
        VBox.setVgrow(layers, javafx.scene.layout.Priority.ALWAYS);
        split = new SplitPane(layerSide, map, side);
        split.setId("mainSplit");
        // Wide enough at 1400 px for every side tab title: none hides in the overflow menu.
        split.setDividerPositions(0.16, 0.72);
        SplitPane.setResizableWithParent(layerSide, false);
        SplitPane.setResizableWithParent(side, false);
        memory = new ViewMemory(loader.userSettings());
        memory.restorePanels(split);
        BorderPane root = new BorderPane(split, new VBox(menus, toolBar, editToolBar), null, status, null);
        root.setId("mainRoot");
        root.setStyle("-fx-font-family: '" + fonts.family() + "';");
        Scene scene = new Scene(root, 1400, 900);
        scene.getStylesheets().add(MainWindow.class.getResource("theme.css").toExternalForm());
        // Ctrl+Y redoes too (the menu item carries Ctrl+Shift+Z), as in QGIS and Office.
        scene.getAccelerators().put(KeyCombination.keyCombination("Shortcut+Y"), editing::redo);
        stage.setOnHidden(e -> {
            closeCurrent();
            campaignPanels.close();
        });
        stage.setTitle(messages.get("app.title"));
        stage.setScene(scene);
    }

    public Stage stage() {
        return stage;
    }

    public rectimap.ui.identify.IdentifyView identify() {
        return identify;
    }

    public MapViewModel model() {
        return model;
    }

    /** The status bar (message, tool line, indicators, cursor, scale). */
    public StatusBarView statusBar() {
        return status;
    }

    public MapCanvasView mapView() {
        return map;
    }

    /** The raster layers' actions (add, show, fade, remove, identify). */
    public RasterActions rasters() {
        return rasters;
    }

    /** The imagery under the map and its frames. */
    public RasterGround rasterGround() {
        return ground;
    }

    /** Opens {@code file} in the background; on failure explains why and opens the built-in sample instead. */
    public void open(Path file) {
        if (current != null && sameFile(current.project().file(), loader.fileOpenedFor(file))) {
            // Our own lock would make the new load read-only: let go of the file (pending writes included) first.
            closeCurrent();
        }
        status.showMessage(messages.get("status.loading"));
        Task<LoadedProject> task = new Task<>() {
            @Override
            protected LoadedProject call() {
                return loader.load(file);
            }
        };
        task.setOnSucceeded(e -> showLoaded(task.getValue()));
        task.setOnFailed(e -> onOpenFailed(file, task.getException()));
        Thread thread = new Thread(task, "project-loader");
        thread.setDaemon(true);
        thread.start();
    }

    /** File → 打开共享项目…: asks for the address (and a password, unless .pgpass has it) and opens it. */
    private void askAndOpenShared() {
        SharedProjectDialog.ask(stage, messages, lastSharedAddress).ifPresent(a -> openShared(a.address(),
                a.password()));
    }

    private String lastSharedAddress = "";

    /**
     * Opens the shared project at {@code address} in the background; a failure is explained in one sentence and the
     * current project stays open.
     */
    public void openShared(String address, char[] password) {
        lastSharedAddress = address;
        status.showMessage(messages.get("status.loading"));
        Task<LoadedProject> task = new Task<>() {
            @Override
            protected LoadedProject call() {
                return loader.loadShared(address, password);
            }
        };
        task.setOnSucceeded(e -> {
            if (current != null) {
                closeCurrent();
            }
            showLoaded(task.getValue());
        });
        task.setOnFailed(e -> {
            Throwable failure = task.getException();
            String reason = failure instanceof rectimap.store.pg.PgAddress.BadAddress bad
                    ? messages.format("address." + bad.problem().name(), bad.shown())
                    : failure instanceof rectimap.model.StoreException se
                    ? messages.format("store." + se.problem().name(), se.file(), se.subject())
                    : address + ": " + failure.getMessage();
            Alert alert = new Alert(Alert.AlertType.ERROR);
            alert.setTitle(messages.get("error.title"));
            alert.setHeaderText(messages.get("shared.openFailed"));
            alert.setContentText(reason);
            alert.getDialogPane().setId("openErrorDialog");
            status.showMessage(reason);
            alert.show();
        });
        Thread thread = new Thread(task, "shared-project-loader");
        thread.setDaemon(true);
        thread.start();
    }

    /** File → 导出: open coverage problems and overdue cases are shown first (the user may go on). */
    private void exportPastTheGate() {
        if (campaignPanels.gate().confirm(stage, messages.get("export.title"))) {
            exchange.export();
        }
    }

    /** File → 导入/导出 and files dropped on the map. */
    public ExchangeActions exchange() {
        return exchange;
    }

    /** Streams an imported file into the open project file as a new layer (off the FX thread). */
    private java.util.concurrent.CompletableFuture<rectimap.exchange.NewLayerOutcome> importNewLayer(
            rectimap.exchange.NewLayerImport request, rectimap.exchange.ImportProgress progress) {
        return current == null ? java.util.concurrent.CompletableFuture.failedFuture(
                new IllegalStateException("no project is open")) : current.file().importNewLayer(request, progress);
    }

    /** Opens the current project again (after a new layer was written into it), keeping nothing stale. */
    private void reopen() {
        if (current != null) {
            Path file = current.project().file();
            closeCurrent();
            open(file);
        }
    }

    /** The gate print and export actions pass before they run (lists open coverage problems, overdue cases). */
    public rectimap.ui.coverage.OpenProblemsGate openProblemsGate() {
        return campaignPanels.gate();
    }

    /** The 示范审查 panel and the statistics report window. */
    CampaignViews campaign() {
        return campaign;
    }

    /** The map's editing state: session, tool, selection, snapping. */
    public MapEditing editing() {
        return editing;
    }

    /** The single hop back to the FX thread after a project has loaded. */
    private void showLoaded(LoadedProject loaded) {
        closeCurrent();
        current = loaded;
        model.showProject(loaded.project(), loaded.renderLayers());
        memory.restoreView(loaded.project().file(), model);
        editing.start(loaded.project(), UndoHistory.of(loaded.history(), loaded.historyCursor()), loaded.journal());
        outside.follow(loaded.file());
        editToolBar.showProject(loaded.project());
        campaignPanels.projectStarted(loaded.file().settings());
        photos.projectStarted(loaded.file());
        rasters.projectStarted(loaded.file().settings());
        layers.show(loaded.project().layers());
        search.setSearch(new PlaceSearch(loaded.project()));
        identify.clear();
        campaign.showProject(loaded.file().reviews());
        stage.setTitle(messages.get("app.title") + " — " + loaded.project().file().getFileName());
        status.showMessage(messages.get("status.ready"));
        showSavingStatus(loaded);
        for (String key : loaded.noticeKeys()) {
            Alert notice = new Alert(Alert.AlertType.INFORMATION, messages.format(key, loaded.project().file(),
                    loaded.recoveredMoves()));
            notice.setHeaderText(null);
            notice.getDialogPane().setId("openNotice");
            notice.show();
        }
        SpatialIndexPrompt.offer(stage, messages, loaded, status::showMessage);
    }

    /** "督办件 解州镇某村垃圾堆放-3": the layer title and the feature's name, for window titles. */
    private String featureTitle(FeatureRef ref) {
        return model.project().layer(ref.tableName()).map(layer -> messages.labels().layerTitle(layer.info()) + " "
                + layer.layer().feature(ref.featureId()).map(f -> PlanningRules.INSTANCE.displayName(layer.info(), f))
                .orElse(String.valueOf(ref.featureId()))).orElse(ref.tableName());
    }

    private static boolean sameFile(Path a, Path b) {
        return a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize());
    }

    /** Closes the open project's file (waits for its pending writes). */
    private void closeCurrent() {
        if (current != null) {
            memory.remember(current.project().file(), model, split);
            current.file().close();
            current = null;
        }
        status.showSaving("");
    }

    /** The status bar says, as long as this project is shown, when steps wait to be written and why. */
    private void showSavingStatus(LoadedProject loaded) {
        if (loaded.journal() == null) {
            return;
        }
        rectimap.ui.status.SavingStatusText text = new rectimap.ui.status.SavingStatusText(messages);
        loaded.journal().addStatusListener(standing -> javafx.application.Platform.runLater(() -> {
            if (current == loaded) {
                status.showSaving(text.of(standing));
            }
        }));
    }

    private java.util.Optional<java.util.Map<String, Object>> askAttributes(LayerInfo layer, Feature feature,
                                                                           FormPurpose purpose) {
        AttributeFormView form = new AttributeFormView(new AttributeFormModel(layer, feature, messages,
                rectimap.campaign.place.DivisionPlaces.of(model.project()), purpose), purpose, messages);
        form.initOwner(stage);
        return form.showAndWait();
    }

    private void askTypedCoordinates() {
        TypedCoordinatesDialog dialog = new TypedCoordinatesDialog(messages);
        dialog.initOwner(stage);
        dialog.showAndWait().ifPresent(editing::addTypedCoordinates);
    }

    private Tab tab(String titleKey, javafx.scene.Node content) {
        Tab tab = new Tab(messages.get(titleKey), content);
        tab.setClosable(false);
        return tab;
    }

    /** File → 打印…: the sheet designer over the current view; nothing while no project is shown. */
    private void repaintMap() {
        map.requestPaint();
    }

    private void rasterFailed(rectimap.raster.RasterException problem) {
        rasters.drawingFailed(problem);
    }

    private void openPrintDialog() {
        if (current == null) {
            return;
        }
        if (printDialog != null && printDialog.stage().isShowing()) {
            printDialog.stage().toFront();
            return;
        }
        Viewport view = model.viewport();
        PrintContext context = new PrintContext(model.project(), model.renderLayersInOrder(), view.visibleExtent(),
                model.fullExtent(), model.lonLatAt(view.widthPx() / 2.0, view.heightPx() / 2.0),
                current.file().settings(), fonts.family());
        printDialog = PrintDialog.open(stage, messages, context);
        printDialog.setGate((owner, action) -> openProblemsGate().confirm(owner, action));
    }

    private void onOpenFailed(Path file, Throwable failure) {
        String reason = files.reason(file, failure);
        // Fall back to the sample only when nothing is open yet; a failed File → Open keeps the current project.
        boolean canFallBack = fallbackProject != null && !file.equals(fallbackProject) && model.project() == null;
        Alert alert = new Alert(Alert.AlertType.ERROR);
        alert.setTitle(messages.get("error.title"));
        alert.setHeaderText(messages.get("error.openFailed"));
        alert.setContentText(reason + (canFallBack ? "\n" + messages.get("error.fallback") : ""));
        alert.getDialogPane().setId("openErrorDialog");
        status.showMessage(reason);
        alert.show();
        if (canFallBack) {
            open(fallbackProject);
        }
    }

    private void wire() {
        model.setOnChange(m -> {
            map.requestPaint();
            layers.showMap(m);
            String scale = "1:" + new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.ROOT))
                    .format(m.scaleDenominator());
            status.showScale(m.scaleDenominator(), m.viewport().metresPerPixel());
            toolBar.showScale(scale);
            // The map moved under a still pointer (keys, search, menus): the position it points at changed too.
            if (pointer != null) {
                status.showCursor(m.lonLatAt(pointer.getX(), pointer.getY()), m.gridAt(pointer.getX(), pointer.getY()));
            }
        });
        map.setOnDragOver(exchange::onDragOver);
        map.setOnDragDropped(photos.drop(model, exchange::onDragDropped, status::showMessage)::onDragDropped);
        map.setOnIdentify(found -> {
            identify.show(found.stream().map(hits -> IdentifiedLayer.of(hits.layer().info(), hits.features(),
                    messages.labels())).toList());
            Viewport view = model.viewport();
            Point2D click = map.pressedAt();
            rasters.valuesAt(view.toMapX(click.getX()), view.toMapY(click.getY()), pixels -> pixels
                    .forEach(values -> identify.addRasterValues(values.title(), values.lines())));
            identifyTab.getTabPane().getSelectionModel().select(identifyTab);
        });
        identify.setOnPick(this::highlightIdentified);
        identify.setOnEdit(editing::editAttributes);
        map.setOnPointerMoved(e -> {
            pointer = new Point2D(e.getX(), e.getY());
            status.showCursor(model.lonLatAt(e.getX(), e.getY()), model.gridAt(e.getX(), e.getY()));
        });
        search.setOnPick(p -> {
            model.zoomToAndHighlight(p.ref(), p.geometry());
            model.project().layer(p.ref().tableName()).ifPresent(layer -> layer.layer()
                    .feature(p.ref().featureId()).ifPresent(f -> identify.show(List.of(
                            IdentifiedLayer.of(layer.info(), List.of(f), messages.labels())))));
        });
    }

    /**
     * The feature picked in the identify panel: with the select tool it becomes the selection (so the highlight is
     * always what an edit acts on), otherwise it is highlighted; null (nothing under the click) clears the highlight.
     */
    private void highlightIdentified(FeatureRef ref) {
        if (editing.toolKind() == ToolKind.SELECT) {
            if (ref != null) {
                editing.selectOnly(ref);
            }
        } else {
            model.highlight(ref == null ? Set.of() : Set.of(ref));
        }
    }
}
