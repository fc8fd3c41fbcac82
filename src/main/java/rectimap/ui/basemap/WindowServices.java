package rectimap.ui.basemap;

import java.nio.file.Path;
import java.util.Optional;
import rectimap.install.UserFolders;
import rectimap.model.ProjectSettings;
import rectimap.raster.pyramid.ProjectBasemaps;
import rectimap.raster.service.ServiceAccess;
import rectimap.raster.service.TiandituPreset;

/**
 * The window's online-map access, made the standard one ({@link ServiceAccess#useAsStandard}) at start, when a
 * project is shown and when the key changes: the user's Tianditu key and review number (审图号) from the user's
 * settings (never from a project), the disk tile cache in the user's data folder ({@code tiles/}, 512 MB) and the
 * basemaps downloaded into the shown project. Making it touches no network: nothing is fetched until a service is
 * shown. FX thread.
 */
public final class WindowServices {
    private final ProjectSettings user;
    private Optional<Path> project = Optional.empty();

    public WindowServices(ProjectSettings userSettings) {
        this.user = userSettings;
        apply();
    }

    /** {@code file} is shown now (empty: a project without a file); its downloaded basemaps are used first. */
    public void projectShown(Optional<Path> file) {
        project = file;
        apply();
    }

    public Optional<String> tiandituKey() {
        return user.read(TiandituPreset.SETTINGS_KEY).map(String::strip).filter(k -> !k.isEmpty());
    }

    public Optional<String> tiandituReview() {
        return user.read(TiandituPreset.REVIEW_SETTINGS_KEY).map(String::strip).filter(k -> !k.isEmpty());
    }

    /** Keeps {@code key} and {@code review} in the user's settings ("" removes them) and uses them at once. */
    public void keep(String key, String review) {
        user.write(TiandituPreset.SETTINGS_KEY, key.strip());
        user.write(TiandituPreset.REVIEW_SETTINGS_KEY, review.strip());
        apply();
    }

    private void apply() {
        Optional<Path> shown = project;
        ServiceAccess.OfflinePackages packages = shown.<ServiceAccess.OfflinePackages>map(
                file -> id -> ProjectBasemaps.find(file, id)).orElseGet(ServiceAccess.OfflinePackages::none);
        ServiceAccess.useAsStandard(ServiceAccess.of(UserFolders.current().data().resolve("tiles"),
                ServiceAccess.DEFAULT_CACHE_BYTES, tiandituKey(), packages).withTiandituReview(tiandituReview()));
    }
}
