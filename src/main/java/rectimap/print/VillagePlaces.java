package rectimap.print;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import rectimap.geo.CrsTransform;
import rectimap.model.Feature;

/**
 * The villages a sheet can show, made on first use: a village's place needs its area ({@link VillageAreas}, the
 * campaign's cells of a whole township at once), which township and district sheets never ask for — for the
 * 22-township atlas that was a sixth of a cold run (issue 13). Thread-safe: atlas pages are prepared in parallel.
 */
final class VillagePlaces {
    private final List<Feature> features;
    private final CrsTransform toDisplay;
    private final VillageAreas areas;
    private List<SheetPlace> places;
    private Map<String, Geometry> areasLonLat;

    VillagePlaces(List<Feature> features, CrsTransform toDisplay, VillageAreas areas) {
        this.features = List.copyOf(features);
        this.toDisplay = toDisplay;
        this.areas = areas;
    }

    /** The villages in layer order: a square of {@code halfSide} metres round the point, grown to the known area. */
    synchronized List<SheetPlace> places() {
        if (places == null) {
            List<SheetPlace> made = new ArrayList<>(features.size());
            Map<String, Geometry> known = new HashMap<>();
            for (Feature feature : features) {
                Envelope extent = toDisplay.apply(feature.geometry()).getEnvelopeInternal();
                extent.expandBy(SheetContent.VILLAGE_HALF_SIDE_M);
                Geometry areaLonLat = areas.lonLat(feature.text("code"));
                Geometry area = null;
                if (areaLonLat != null && !areaLonLat.isEmpty()) {
                    known.put(feature.text("code"), areaLonLat);
                    area = toDisplay.apply(areaLonLat);
                    extent.expandToInclude(area.getEnvelopeInternal());
                }
                made.add(new SheetPlace(SheetPlace.Kind.VILLAGE, feature.text("code"), feature.text("name"),
                        feature.text("township"), area, extent));
            }
            places = List.copyOf(made);
            areasLonLat = known;
        }
        return places;
    }

    /** The known area of the village with this code in EPSG:4490 lon/lat, or null. */
    synchronized Geometry areaLonLat(String code) {
        places();
        return areasLonLat.get(code);
    }
}
