package rectimap.report;

import java.time.LocalDate;
import rectimap.campaign.place.DivisionPlaces;

/**
 * Which township a village belongs to on a date (villages move between townships with an effective date; the
 * report counts a village's features under the township valid on the report's date). Pure; any thread.
 */
@FunctionalInterface
public interface Jurisdiction {

    /** The township code of {@code villageCode} on {@code date}; null when the village is unknown. */
    String townshipOf(String villageCode, LocalDate date);

    /** The township each village is listed under in the division layer, on every date (no recorded moves). */
    static Jurisdiction asListed(DivisionPlaces places) {
        return (villageCode, date) -> places.village(villageCode).map(v -> v.listedTownshipCode()).orElse(null);
    }
}
