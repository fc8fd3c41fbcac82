package rectimap.ui;

import java.nio.file.Path;
import java.util.stream.Stream;
import javafx.scene.Scene;
import javafx.scene.control.SplitPane;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import rectimap.campaign.planning.PlanningRules;
import rectimap.edit.UndoHistory;
import rectimap.model.FeatureRef;
import rectimap.render.MapRenderer;
import rectimap.ui.edit.AttributeFormView;
import rectimap.ui.exchange.ExchangeActions;
import rectimap.ui.identify.IdentifyView;
import rectimap.ui.layers.LayerPanelView;
import rectimap.ui.map.MapCanvasView;
import rectimap.ui.map.MapPainter;
import rectimap.ui.map.MapViewModel;
import rectimap.ui.photos.PhotoPanels;
import rectimap.ui.basemap.BasemapActions;
import rectimap.ui.raster.RasterActions;
import rectimap.ui.raster.RasterGround;
import rectimap.ui.raster.RasterLayersView;
import rectimap.ui.search.PlaceSearch;
import rectimap.ui.search.SearchBoxView;
import rectimap.ui.status.StatusBarView;
import rectimap.ui.tools.EditToolBarView;
import rectimap.ui.tools.MapEditing;
import rectimap.ui.tools.TypedCoordinatesDialog;

/**
 * The main window's wiring: menu bar and tool bars ({@link MenuBarView}), the layer panel, the map, the side tabs
 * ({@link SideTabs}, built when first opened) and the status line ({@link StatusLine}). Projects load in the
 * background ({@link ProjectOpening}) and are handed to the FX thread once ({@link #showLoaded}).
 */
public final class MainWindow {
    private final Stage stage;
    private final Messages messages;
    private final MapViewModel model = new MapViewModel();
    private final MapCanvasView map;
    private final LayerPanelView layers;
    private final IdentifyView identify;
    /** Photos: identify's thumbnails, the before/after viewer, drops on features, the closing rule. */
    private final PhotoPanels photos;
    private final StatusBarView status;
    private final StatusLine statusLine;
    private final rectimap.ui.shared.AccountsMenu accounts;
    private final rectimap.ui.shared.ConflictDialogs conflicts;
    private final SearchBoxView search;
    private final ToolBarView toolBar;
    private final MapEditing editing;
    private final EditToolBarView editToolBar;
    private final OutsideChangesFollower outside;
    private final ProjectOpening opening;
    private final ExchangeActions exchange;
    private final FxFonts fonts;
    private final CampaignPanels campaignPanels;
    private final CampaignViews campaign;
    private final RasterGround ground;
    private final RasterActions rasters;
    private final BasemapActions basemap;
    private final SideTabs side;
    private LoadedProject current;
    private final ViewMemory memory;
    private final SplitPane split;
    private final OnePrintDialog print;

    public MainWindow(Stage stage, Messages messages, ProjectLoader loader, Path fallbackProject) {
        this.stage = stage;
        this.messages = messages;
        fonts = FxFonts.discover();
        ground = new RasterGround(this::repaintMap, this::rasterFailed);
        map = new MapCanvasView(model, new MapPainter(MapRenderer.forScreen(), ground), messages);
        identify = new IdentifyView(messages);
        status = new StatusBarView(messages);
        search = new SearchBoxView(messages);
        photos = new PhotoPanels(messages, stage, identify.photos(), this::featureTitle);
        editing = new MapEditing(model, map, messages, PlanningRules.withClosingEvidence(photos.closingEvidence()),
                (layer, feature, purpose) -> AttributeFormView.ask(stage, messages, model.project(), layer, feature,
                        purpose, photos.closingEvidence()), status::showMessage);
        conflicts = new rectimap.ui.shared.ConflictDialogs(stage, messages, editing::session, status::showMessage);
        editing.onConflict(conflicts::refused);
        statusLine = new StatusLine(status, messages, model, editing);
        editToolBar = new EditToolBarView(editing, messages);
        LayerPanelActions layerActions = new LayerPanelActions(model, editing, messages, stage,
                status::showMessage);
        layers = new LayerPanelView(messages, layerActions, fonts);
        layerActions.attach(layers);
        rasters = new RasterActions(stage, messages, ground, status::showMessage);
        RasterLayersView rasterRows = new RasterLayersView(messages, rasters);
        rasters.addChangeListener(() -> rasterRows.show(ground.layers(), rasters.pending()));
        basemap = new BasemapActions(stage, messages, ground, loader.userSettings(), status::showMessage, model);
        basemap.onDownloaded(rasters::reopen);
        basemap.onServiceNamed(rasters::add);
        ViewMenuActions view = new ViewMenuActions(messages, model, layers::selected, status::showMessage);
        toolBar = new ToolBarView(messages, search, model::zoomToFullExtent, model::zoomIn, model::zoomOut,
                view::zoomToTypedScale);
        outside = new OutsideChangesFollower(editing, messages, status::showMessage);
        photos.setOnAttached(outside::rereadOwnWrite);
        editing.onRefusedByFile(outside::rereadForRefusal);
        opening = new ProjectOpening(stage, messages, loader, fallbackProject, new ProjectOpening.Window(
                () -> current, this::closeCurrent, this::showLoaded, () -> model.project() == null,
                status::showMessage));
        ProjectFileActions files = opening.files();
        exchange = new ExchangeActions(messages, new ExchangeActions.Window(stage, model::project, editing::session,
                () -> current != null && current.isWritable(), editing::selection, editing::activeTable,
                this::importNewLayer, this::reopen, status::showMessage), loader.geoPackageLayers(),
                loader.geoPackageWriter(), new rectimap.exchange.ShapefileLayerWriter());
        MenuBarView menus = new MenuBarView(messages, new MenuBarView.Actions(files::newProject, files::saveAs,
                loader::recent, this::open, files::chooseAndOpen, stage::close,
                model::zoomToFullExtent, model::zoomIn, model::zoomOut, view::zoomToSelectedLayer,
                view::askScale, view::showAbout, editing::undo, editing::redo, editing::deleteSelected,
                editing::mergeSelected, editing::toggleSnapping, () -> TypedCoordinatesDialog.ask(stage, messages)
                .ifPresent(editing::addTypedCoordinates), editing::acceptRepair,
                view::showShortcuts, this::openPrintDialog, () -> exchange.chooseAndImport(), this::exportPastTheGate,
                rasters::chooseAndAdd, opening::askAndOpenShared));
        campaignPanels = new CampaignPanels(stage, messages, model, editing, status);
        campaignPanels.rememberColumns(new ColumnWidths(loader.userSettings()));
        campaign = new CampaignViews(stage, messages, model, status::showMessage,
                new rectimap.ui.report.FileReportExports(messages, model::project), loader.userSettings());
        menus.addBeforeHelp(campaignPanels.menu(), campaign.menu());
        basemap.placeIn(toolBar, menus);
        print = new OnePrintDialog(stage, messages, model, ground, fonts.family(), campaignPanels.gate());
        menus.followUndo(editing);
        accounts = rectimap.ui.shared.AccountsMenu.addTo(menus, messages, stage);
        photos.offerFolderImport(menus, model, map, status::showMessage);
        editing.addStateListener(() -> editing.session().ifPresent(s -> layers.show(s.project().layers())));
        wire();
        side = new SideTabs(messages, identify, editing, Stream.concat(Stream.of(campaign.reviewTab()),
                campaignPanels.tabs().stream()).toList());
        IdentifyActions.wire(messages, model, map, identify, rasters, search, editing, side::showIdentify);
        memory = new ViewMemory(loader.userSettings());
        WindowLayout layout = new WindowLayout(new VBox(menus, toolBar, editToolBar), new Region[] {layers, rasterRows},
                map, side.pane(), status, fonts, memory);
        split = layout.split();
        Scene scene = layout.scene();
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

    public IdentifyView identify() {
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
        opening.open(file);
    }

    /**
     * Opens the shared project at {@code address} in the background; a failure is explained in one sentence and the
     * current project stays open.
     */
    public void openShared(String address, char[] password) {
        opening.openShared(address, password);
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
        accounts.show(loaded.file().accounts());
        conflicts.follow(loaded.file());
        editToolBar.showProject(loaded.project());
        campaignPanels.projectStarted(loaded.file().settings());
        photos.projectStarted(loaded.file());
        basemap.projectStarted(loaded.project(), loaded.file());
        rasters.projectStarted(loaded.file().settings());
        layers.show(loaded.project().layers());
        search.setSearch(new PlaceSearch(loaded.project()));
        identify.clear();
        campaign.showProject(loaded.file().reviews());
        stage.setTitle(messages.get("app.title") + " — " + loaded.project().file().getFileName());
        status.showMessage(messages.get("status.ready"));
        statusLine.follow(loaded);
        OpenNotices.show(messages, loaded);
        SpatialIndexPrompt.offer(stage, messages, loaded, status::showMessage);
    }

    /** "督办件 解州镇某村垃圾堆放-3": the layer title and the feature's name, for window titles. */
    private String featureTitle(FeatureRef ref) {
        return model.project().layer(ref.tableName()).map(layer -> messages.labels().layerTitle(layer.info()) + " "
                + layer.layer().feature(ref.featureId()).map(f -> PlanningRules.INSTANCE.displayName(layer.info(), f))
                .orElse(String.valueOf(ref.featureId()))).orElse(ref.tableName());
    }

    /** Closes the open project's file (waits for its pending writes). */
    private void closeCurrent() {
        conflicts.closed();
        if (current != null) {
            memory.remember(current.project().file(), model, split);
            current.file().close();
            current = null;
        }
        statusLine.closed();
    }

    private void repaintMap() {
        map.requestPaint();
    }

    private void rasterFailed(rectimap.raster.RasterException problem) {
        rasters.drawingFailed(problem);
    }

    private void openPrintDialog() {
        print.open(current);
    }

    private void wire() {
        model.setOnChange(m -> {
            map.requestPaint();
            layers.showMap(m);
            statusLine.viewChanged();
            toolBar.showScale(m.scaleDenominator());
        });
        map.setOnDragOver(exchange::onDragOver);
        map.setOnDragDropped(photos.drop(model, exchange::onDragDropped, status::showMessage)::onDragDropped);
        map.setOnPointerMoved(e -> statusLine.pointerMoved(e.getX(), e.getY()));
    }
}
