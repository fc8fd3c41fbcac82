package rectimap.ui.basemap;

import rectimap.ui.DialogButtons;
import java.io.File;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.scene.control.Alert;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Separator;
import javafx.scene.control.ToolBar;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import rectimap.campaign.place.DivisionPlaces;
import rectimap.model.Project;
import rectimap.model.ProjectSettings;
import rectimap.raster.RasterException;
import rectimap.raster.RasterLayer;
import rectimap.raster.RasterSources;
import rectimap.raster.service.ServiceAccess;
import rectimap.raster.service.ServiceLocations;
import rectimap.ui.Messages;
import rectimap.ui.OpenProjectFile;
import rectimap.ui.map.MapViewModel;
import rectimap.ui.raster.RasterGround;
import rectimap.ui.raster.RasterOpening;

/**
 * What the basemap switcher and the 底图 menu do: show the chosen basemap under the raster layers (asking for the
 * Tianditu key first when there is none; without one nothing is fetched and the status bar says why), keep the choice
 * in the project's settings under {@link #SETTING_KEY}, open 天地图密钥… and 下载底图…. A choice that cannot be drawn
 * is explained ({@code #basemapProblem}) and the previous one stays. FX thread.
 */
public final class BasemapActions {
    /** The project setting that keeps the basemap's location ("" for none). */
    public static final String SETTING_KEY = "basemap.source";

    private final Window owner;
    private final Messages messages;
    private final RasterGround ground;
    private final Consumer<String> status;
    private final WindowServices services;
    private final BasemapSwitcher switcher;
    private final MapViewModel map;
    private ProjectSettings settings = ProjectSettings.inMemory(java.util.Map.of());
    private OpenProjectFile file = OpenProjectFile.VIEW_ONLY;
    private Consumer<String> downloadedListener = location -> { };
    private Consumer<String> serviceListener = location -> { };
    /** Counts the choices (the user's, a project's start), so a slow opening never replaces a later choice. */
    private long choices;

    /** {@code map}: the window's map (its project and view, for 下载底图). */
    public BasemapActions(Window owner, Messages messages, RasterGround ground, ProjectSettings userSettings,
                          Consumer<String> status, MapViewModel map) {
        this.owner = owner;
        this.messages = messages;
        this.ground = ground;
        this.status = status;
        this.map = map;
        this.services = new WindowServices(userSettings);
        this.switcher = new BasemapSwitcher(messages, this::choose);
    }

    /** Puts the switcher at the end of {@code toolBar} and the 底图 menu before the last menu of {@code menus}. */
    public void placeIn(ToolBar toolBar, MenuBar menus) {
        toolBar.getItems().addAll(new Separator(), switcher);
        menus.getMenus().add(menus.getMenus().size() - 1, menu());
    }

    /** {@code reopen} hears the location of each downloaded source, so raster layers showing it use the package. */
    public void onDownloaded(Consumer<String> reopen) {
        downloadedListener = reopen;
    }

    /** {@code add} adds the location of each service the user names in 添加在线服务… as a raster layer. */
    public void onServiceNamed(Consumer<String> add) {
        serviceListener = add;
    }

    /**
     * The 底图 menu: 添加在线服务… ({@code #menuAddService}), 天地图密钥… ({@code #menuTiandituKey}), 下载底图…
     * ({@code #menuBasemapDownload}).
     */
    private Menu menu() {
        MenuItem key = new MenuItem(messages.get("basemap.menu.key"));
        key.setId("menuTiandituKey");
        key.setOnAction(e -> {
            if (TiandituKeyDialog.ask(owner, messages, services)) {
                reopenService();
            }
        });
        MenuItem download = new MenuItem(messages.get("basemap.menu.download"));
        download.setId("menuBasemapDownload");
        download.setOnAction(e -> download());
        MenuItem service = new MenuItem(messages.get("basemap.menu.addService"));
        service.setId("menuAddService");
        service.setOnAction(e -> ServiceDialog.ask(owner, messages).ifPresent(serviceListener));
        Menu menu = new Menu(messages.get("basemap.menu"), null, service, key, download);
        menu.setId("menuBasemap");
        return menu;
    }

    /**
     * {@code shown} is the window's project now, kept in {@code projectFile}: its downloaded basemaps are used first
     * (packages still beside it are moved into it, see {@link BesidePackages}) and its kept basemap is shown again
     * (a Tianditu one without a key is named in the status bar).
     */
    public void projectStarted(Project shown, OpenProjectFile projectFile) {
        settings = projectFile.settings();
        file = projectFile;
        services.projectShown(Optional.ofNullable(shown.file()));
        if (shown.file() != null) {
            BesidePackages.moveIn(shown.file(), projectFile, messages, status, () -> packageStored(Optional.empty()));
        }
        String kept = settings.read(SETTING_KEY).orElse("");
        BasemapEntry entry = kept.isBlank() ? BasemapEntry.fixed(messages).get(0) : BasemapEntry.of(kept, messages);
        switcher.show(entry);
        replaceBasemap(Optional.empty());
        long mine = ++choices;
        if (entry.kind() == BasemapEntry.Kind.NONE) {
            return;
        }
        // Opened off the FX thread (a large GeoTIFF's header, a slow disk): the project shows at once.
        RasterOpening.open(entry.location(), locale(), source -> {
            if (mine != choices) {
                source.close();
                return;
            }
            replaceBasemap(Optional.of(new RasterLayer(entry.location(), source, true, 1)));
            status.accept(messages.format("basemap.shown", entry.label()));
        }, sentence -> {
            if (mine == choices) {
                status.accept(sentence);
                switcher.show(BasemapEntry.fixed(messages).get(0));
            }
        });
    }

    /** The window's online access (key, cache, packages). */
    public WindowServices services() {
        return services;
    }

    private void choose(BasemapEntry entry) {
        choices++;
        BasemapEntry before = ground.basemap().map(b -> BasemapEntry.of(b.location(), messages))
                .orElse(BasemapEntry.fixed(messages).get(0));
        BasemapEntry wanted = entry;
        if (entry.kind() == BasemapEntry.Kind.CHOOSE) {
            Optional<String> file = chooseFile();
            if (file.isEmpty()) {
                switcher.show(before);
                return;
            }
            wanted = BasemapEntry.of(file.get(), messages);
        }
        if (wanted.kind() == BasemapEntry.Kind.SERVICE && services.tiandituKey().isEmpty()
                && !TiandituKeyDialog.ask(owner, messages, services)) {
            status.accept(messages.format("basemap.noKey", wanted.label()));
            switcher.show(before);
            return;
        }
        if (open(wanted, Problems.DIALOG)) {
            switcher.show(wanted);
            settings.write(SETTING_KEY, wanted.location());
        } else {
            switcher.show(before);
        }
    }

    /** How a basemap that cannot be opened is told. */
    private enum Problems { DIALOG, STATUS }

    private boolean open(BasemapEntry entry, Problems problems) {
        if (entry.kind() == BasemapEntry.Kind.NONE) {
            replaceBasemap(Optional.empty());
            return true;
        }
        try {
            replaceBasemap(Optional.of(new RasterLayer(entry.location(), RasterSources.open(entry.location()), true,
                    1)));
            status.accept(messages.format("basemap.shown", entry.label()));
            return true;
        } catch (RasterException e) {
            String sentence = e.sentence(locale());
            if (problems == Problems.STATUS) {
                status.accept(sentence);
            } else {
                Alert alert = DialogButtons.alert(messages, Alert.AlertType.ERROR, sentence);
                alert.setHeaderText(messages.get("basemap.problem.title"));
                alert.getDialogPane().setId("basemapProblem");
                alert.initOwner(owner);
                alert.show();
            }
            return false;
        }
    }

    private void replaceBasemap(Optional<RasterLayer> next) {
        Optional<RasterLayer> old = ground.basemap();
        ground.setBasemap(next);
        old.ifPresent(layer -> layer.source().close());
    }

    /**
     * 下载底图…: the online sources the project knows (the basemap shown, its service layers, the Tianditu presets)
     * for the view, the district or a township, into the project's tile folder; a source shown is opened again
     * afterwards, so its tiles come from the package at once.
     */
    private void download() {
        Project project = map.project();
        if (project == null || project.file() == null) {
            status.accept(messages.get("basemap.download.noProject"));
            return;
        }
        java.util.Map<String, BasemapEntry> sources = new java.util.LinkedHashMap<>();
        BasemapEntry shown = switcher.shown();
        if (shown != null && shown.online()) {
            sources.put(shown.location(), shown);
        }
        for (RasterLayer layer : ground.layers()) {
            if (ServiceLocations.isService(layer.location())) {
                sources.putIfAbsent(layer.location(), new BasemapEntry(BasemapEntry.Kind.ONLINE,
                        layer.source().title(), layer.location()));
            }
        }
        BasemapEntry.fixed(messages).stream().filter(e -> e.kind() == BasemapEntry.Kind.SERVICE)
                .forEach(e -> sources.putIfAbsent(e.location(), e));
        DownloadDialog.show(owner, messages, new DownloadJob(project.file(), file, messages, ServiceAccess.standard()),
                List.copyOf(sources.values()), DownloadExtent.choices(messages, map.viewport().visibleExtent(),
                        DivisionPlaces.of(project)), this::downloaded);
    }

    private void downloaded(BasemapEntry source) {
        packageStored(Optional.of(source));
    }

    /**
     * A package of {@code source} (empty: of a source not known here) is in the project now: the basemap shown and
     * the raster layers of that source are opened again, so they read it from there.
     */
    private void packageStored(Optional<BasemapEntry> source) {
        services.projectShown(Optional.ofNullable(map.project().file()));
        BasemapEntry shown = switcher.shown();
        if (shown != null && shown.online()
                && source.map(s -> s.location().equals(shown.location())).orElse(true)) {
            open(shown, Problems.STATUS);
        }
        source.ifPresent(s -> downloadedListener.accept(s.location()));
    }

    /** The key changed: a Tianditu basemap shown is opened again with it. */
    private void reopenService() {
        BasemapEntry shown = switcher.shown();
        if (shown != null && shown.kind() == BasemapEntry.Kind.SERVICE) {
            open(shown, Problems.DIALOG);
        }
    }

    private Optional<String> chooseFile() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(messages.get("basemap.choose.title"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(messages.get("basemap.choose.filter"),
                "*.tif", "*.tiff", "*.gpkg", "*.mbtiles"));
        File file = chooser.showOpenDialog(owner);
        return Optional.ofNullable(file).map(File::getPath);
    }

    private Locale locale() {
        return messages.language().locale();
    }
}
