package rectimap.campaign.place;

import java.util.List;

/**
 * A feature whose place name field holds text that is no official division name.
 *
 * @param table       the layer's table
 * @param featureId   the feature's id (GeoPackage fid)
 * @param field       {@link PlaceNames#TOWNSHIP} or {@link PlaceNames#VILLAGE}
 * @param text        the text as stored
 * @param suggestions the nearest official names, best first; may be empty
 */
public record UnmatchedPlace(String table, long featureId, String field, String text, List<String> suggestions) {
    public UnmatchedPlace {
        suggestions = List.copyOf(suggestions);
    }
}
