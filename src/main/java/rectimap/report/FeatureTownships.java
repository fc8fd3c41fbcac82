package rectimap.report;

import java.time.LocalDate;
import org.locationtech.jts.geom.Geometry;
import rectimap.campaign.place.DivisionPlaces;
import rectimap.campaign.place.TownshipPlace;
import rectimap.campaign.place.VillagePlace;

/**
 * Which township a feature counts under on a date: the township that holds, on that date, the village the feature
 * lies in ({@link DivisionPlaces#villageAt}); a project without villages falls back to the township under the
 * feature. "" when neither is known (a feature outside the district). Pure.
 */
final class FeatureTownships {
    private final DivisionPlaces places;
    private final Jurisdiction jurisdiction;
    private final LocalDate asOf;

    FeatureTownships(DivisionPlaces places, Jurisdiction jurisdiction, LocalDate asOf) {
        this.places = places;
        this.jurisdiction = jurisdiction;
        this.asOf = asOf;
    }

    String townshipOf(Geometry lonLat) {
        String byVillage = places.villageAt(lonLat).map(VillagePlace::code)
                .map(code -> jurisdiction.townshipOf(code, asOf)).orElse(null);
        if (byVillage != null) {
            return byVillage;
        }
        return places.townshipAt(lonLat).map(TownshipPlace::code).orElse("");
    }

    /** The township of a village-level site on the date; a town-level code is its own township. */
    String townshipOfSite(String code, String listedTownship) {
        if (places.village(code).isEmpty()) {
            return listedTownship;
        }
        String now = jurisdiction.townshipOf(code, asOf);
        return now == null ? listedTownship : now;
    }
}
