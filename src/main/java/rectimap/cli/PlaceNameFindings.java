package rectimap.cli;

import java.nio.file.Path;
import java.util.List;
import rectimap.campaign.ProjectAssembler;
import rectimap.campaign.place.PlaceNameCheck;
import rectimap.campaign.place.PlaceNames;
import rectimap.campaign.place.UnmatchedPlace;
import rectimap.model.Project;
import rectimap.model.StoreException;
import rectimap.store.AccessMode;
import rectimap.store.CheckFinding;
import rectimap.store.GeoPackageStore;

/**
 * The {@code check} findings for planning features whose place names match no division
 * ({@link PlaceNameCheck}), read from the file opened read-only. A file the store cannot assemble into a project
 * yields none here (the store's own checks already say why).
 */
final class PlaceNameFindings {
    private PlaceNameFindings() {
    }

    static List<CheckFinding> of(Path file) {
        try (GeoPackageStore store = GeoPackageStore.open(file, AccessMode.READ_ONLY)) {
            return of(ProjectAssembler.assemble(file, store));
        } catch (StoreException e) {
            return List.of();
        }
    }

    /** The findings for a project already read (a shared project's). */
    static List<CheckFinding> of(Project project) {
        return PlaceNameCheck.run(project).stream().map(PlaceNameFindings::finding).toList();
    }

    /**
     * e.g. {@code PLACE_NAME responsibility_area fid 7} with 村“雷家坡村”不是正式名称；最接近的：雷家坡村委会 (English:
     * village "雷家坡村" is no official name; nearest: 雷家坡村委会).
     */
    private static CheckFinding finding(UnmatchedPlace place) {
        String what = place.field().equals(PlaceNames.TOWNSHIP) ? "township" : "village";
        return place.suggestions().isEmpty()
                ? CheckFinding.of(CheckFinding.Kind.PLACE_NAME, place.table(), place.featureId(),
                        "check.place." + what + ".nothingNear", place.text())
                : CheckFinding.of(CheckFinding.Kind.PLACE_NAME, place.table(), place.featureId(),
                        "check.place." + what + ".nearest", place.text(), String.join(", ", place.suggestions()));
    }
}
