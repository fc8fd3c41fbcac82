package rectimap.campaign.place;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.locationtech.jts.geom.Geometry;
import rectimap.model.Project;

/**
 * Each village's area as the campaign knows it when the village layer holds points: its {@link VillageCells} cell
 * in the township it is listed under. What a village sheet outlines and counts inside ("本村范围内"). The places
 * are indexed on the first request (sheets of townships never make one), cells per township on first request.
 * Thread-safe.
 */
public final class VillageAreas {
    private final Project project;
    private DivisionPlaces places;
    private final Map<String, Map<String, Geometry>> cellsByTownship = new ConcurrentHashMap<>();

    private VillageAreas(Project project) {
        this.project = project;
    }

    public static VillageAreas of(Project project) {
        return new VillageAreas(project);
    }

    private synchronized DivisionPlaces places() {
        if (places == null) {
            places = DivisionPlaces.of(project);
        }
        return places;
    }

    /** The area of the village with this code in EPSG:4490 lon/lat, or null for an unknown village or township. */
    public Geometry lonLat(String villageCode) {
        DivisionPlaces places = places();
        VillagePlace village = places.village(villageCode).orElse(null);
        if (village == null) {
            return null;
        }
        TownshipPlace township = places.township(village.listedTownshipCode()).orElse(null);
        if (township == null) {
            return null;
        }
        return cellsByTownship.computeIfAbsent(township.code(),
                code -> VillageCells.of(township, places.villagesOf(code))).get(villageCode);
    }
}
