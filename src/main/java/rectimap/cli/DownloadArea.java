package rectimap.cli;

import java.io.PrintStream;
import java.util.List;
import org.locationtech.jts.geom.Geometry;
import rectimap.campaign.ProjectAssembler;
import rectimap.campaign.place.DivisionPlaces;
import rectimap.campaign.place.TownshipPlace;
import rectimap.model.Project;

/**
 * The area of {@code --extent}: a township's outline (by name or code) or the district (all townships), lon/lat,
 * from a project file or a shared project.
 */
final class DownloadArea {
    private DownloadArea() {
    }

    /**
     * The area of {@code extent} in {@code project} (a file or a {@code postgresql://} address).
     *
     * @throws IllegalArgumentException when the extent names no township of the project
     * @throws rectimap.model.StoreException when the project cannot be read
     */
    static Geometry of(String project, String extent, List<String> args, PrintStream err) {
        DivisionPlaces places;
        try (ReadProject read = ProjectReading.open(project, args, err)) {
            Project assembled = ProjectAssembler.assemble(read.label(), read.store());
            places = DivisionPlaces.of(assembled);
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
