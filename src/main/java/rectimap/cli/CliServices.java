package rectimap.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import rectimap.install.UserFolders;
import rectimap.raster.pyramid.ProjectBasemaps;
import rectimap.raster.service.ServiceAccess;
import rectimap.raster.service.TiandituPreset;
import rectimap.store.UserSettingsFile;

/**
 * The online-map access of one command line run: the disk tile cache in the user's data folder, the Tianditu key
 * from the user's settings (or {@code RECTIMAP_TIANDITU_TK}) with its review number (审图号), the basemap packages of the {@code --project}.
 * Building it touches no network.
 */
final class CliServices {
    private CliServices() {
    }

    static ServiceAccess access(List<String> args) {
        UserFolders folders = UserFolders.current();
        Optional<String> key = Optional.ofNullable(System.getenv("RECTIMAP_TIANDITU_TK"))
                .or(() -> settings().read(TiandituPreset.SETTINGS_KEY));
        int project = args.indexOf("--project");
        ServiceAccess.OfflinePackages packages = project >= 0 && project + 1 < args.size()
                ? id -> ProjectBasemaps.find(Path.of(args.get(project + 1)), id)
                : ServiceAccess.OfflinePackages.none();
        return ServiceAccess.of(folders.data().resolve("tiles"), ServiceAccess.DEFAULT_CACHE_BYTES, key, packages)
                .withTiandituReview(settings().read(TiandituPreset.REVIEW_SETTINGS_KEY));
    }

    /** The user's settings file, where the key is kept. */
    static UserSettingsFile settings() {
        return new UserSettingsFile(UserFolders.current().config().resolve("settings.properties"));
    }
}
