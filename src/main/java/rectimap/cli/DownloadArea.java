package rectimap.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import org.locationtech.jts.geom.Geometry;
import rectimap.campaign.ProjectAssembler;
import rectimap.campaign.place.DivisionPlaces;
import rectimap.campaign.place.TownshipPlace;
import rectimap.model.Project;
import rectimap.store.GeoPackageStore;

/** The area of {@code --extent}: a township's outline (by name or code) or the district (all townships), lon/lat. */
final class DownloadArea {
    private DownloadArea() {
    }

    /** @throws IllegalArgumentException when the extent names no township of the project */
    static Geometry of(Path project, String extent, List<String> args, PrintStream err) {
        DivisionPlaces places;
        try (GeoPackageStore store = ProjectReading.open(project, args, err)) {
            Project read = ProjectAssembler.assemble(project, store);
            places = DivisionPlaces.of(read);
        }
        List<TownshipPlace> townships = places.townships();
        if (extent.equals("district")) {
            return places.districtLonLat().orElseThrow(() -> new IllegalArgumentException("no townships"));
        }
        String name = extent.startsWith("township:") ? extent.substring("township:".length()) : extent;
        return townships.stream().filter(t -> t.name().equals(name) || t.code().equals(name)).findFirst()
                .map(TownshipPlace::boundaryLonLat)
                .orElseThrow(() -> new IllegalArgumentException("no township " + name));
    }
}
