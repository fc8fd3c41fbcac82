package rectimap.ui.edit;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.locationtech.jts.geom.Geometry;
import rectimap.campaign.place.DivisionPlaces;
import rectimap.campaign.place.PlaceNames;
import rectimap.campaign.place.TownshipPlace;
import rectimap.campaign.place.VillagePlace;
import rectimap.model.FeatureType;
import rectimap.ui.Messages;

/**
 * The attribute form's place fields, 乡镇(街道) and 村(社区), against the project's official division list: which
 * names may be picked, what a new feature drawn somewhere starts with, why typed text is refused (with the nearest
 * official names), and the 12-digit codes stored beside the names ({@code town_code}, {@code vill_code}
 * where the layer has those columns: files made before them still open and keep names only). Without division
 * layers place names stay free text. Immutable; any thread.
 */
final class FormPlaces {
    private final DivisionPlaces places;
    private final PlaceNames names;
    private final FeatureType type;

    FormPlaces(DivisionPlaces places, FeatureType type) {
        this.places = places;
        this.names = new PlaceNames(places);
        this.type = type;
    }

    /** True for a name field picked from the division list. */
    boolean isPlace(String field) {
        return !names.isEmpty() && (field.equals(PlaceNames.TOWNSHIP) || field.equals(PlaceNames.VILLAGE));
    }

    /** True for a code field: filled from the chosen name, never typed (read-only in the form). */
    boolean isCode(String field) {
        return field.equals(PlaceNames.TOWNSHIP_CODE) || field.equals(PlaceNames.VILLAGE_CODE);
    }

    /** The township and village a feature drawn at {@code geometry} starts with (fields the layer has only). */
    Map<String, Object> drawnAt(Geometry geometry) {
        Map<String, Object> values = new LinkedHashMap<>();
        if (names.isEmpty() || geometry == null || geometry.isEmpty()) {
            return values;
        }
        if (has(PlaceNames.TOWNSHIP)) {
            places.townshipAt(geometry).ifPresent(t -> values.put(PlaceNames.TOWNSHIP, t.name()));
        }
        if (has(PlaceNames.VILLAGE)) {
            places.villageAt(geometry).ifPresent(v -> values.put(PlaceNames.VILLAGE, v.name()));
        }
        return values;
    }

    /** Official names to pick from for {@code field} ("" typed = all), those containing the text first. */
    List<String> choices(String field, String typed, String townshipText) {
        List<String> all = field.equals(PlaceNames.TOWNSHIP) ? names.townshipNames()
                : names.villageNames(townshipText);
        String text = typed == null ? "" : typed.strip();
        if (text.isEmpty()) {
            return all;
        }
        List<String> near = field.equals(PlaceNames.TOWNSHIP) ? names.suggestTownships(text)
                : names.suggestVillages(text, townshipText);
        return Stream.concat(all.stream().filter(n -> n.contains(text)), near.stream()).distinct().toList();
    }

    /** Why the typed name cannot be stored (in the UI language), empty when it is official or empty. */
    Optional<String> problem(String field, String label, Map<String, String> texts, Messages messages) {
        String text = texts.getOrDefault(field, "").strip();
        if (!isPlace(field) || text.isEmpty() || code(field, texts).isPresent()) {
            return Optional.empty();
        }
        String township = texts.getOrDefault(PlaceNames.TOWNSHIP, "");
        List<String> near = field.equals(PlaceNames.TOWNSHIP) ? names.suggestTownships(text)
                : names.suggestVillages(text, township);
        return Optional.of(near.isEmpty() ? messages.format("form.placeUnknown", text, label)
                : messages.format("form.placeUnknownNear", text, label, String.join(messages.get("form.placeJoin"),
                near)));
    }

    /** The code of the name typed for {@code field} (a name or code field), empty when it is no official name. */
    Optional<String> code(String field, Map<String, String> texts) {
        String township = texts.getOrDefault(PlaceNames.TOWNSHIP, "");
        if (field.equals(PlaceNames.TOWNSHIP) || field.equals(PlaceNames.TOWNSHIP_CODE)) {
            return names.township(township).map(TownshipPlace::code);
        }
        return names.village(texts.getOrDefault(PlaceNames.VILLAGE, ""), township).map(VillagePlace::code);
    }

    /** {@code values} with the code fields the layer has set from the typed names (null when a name is empty). */
    Map<String, Object> withCodes(Map<String, Object> values, Map<String, String> texts) {
        if (names.isEmpty()) {
            return values;
        }
        Map<String, Object> coded = new LinkedHashMap<>(values);
        for (String field : List.of(PlaceNames.TOWNSHIP_CODE, PlaceNames.VILLAGE_CODE)) {
            if (has(field)) {
                coded.put(field, code(field, texts).orElse(null));
            }
        }
        return coded;
    }

    private boolean has(String field) {
        return type.field(field).isPresent();
    }
}
