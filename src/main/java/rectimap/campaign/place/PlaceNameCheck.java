package rectimap.campaign.place;

import java.util.ArrayList;
import java.util.List;
import rectimap.model.Feature;
import rectimap.model.LayerRole;
import rectimap.model.MapLayer;
import rectimap.model.Project;

/**
 * Finds planning features whose 乡镇(街道) or 村(社区) text matches no official division name, so that coverage
 * and statistics per township (which go by that text) do not silently miss them. A project without division layers
 * has nothing to match against and yields nothing. Pure; any thread.
 */
public final class PlaceNameCheck {
    private PlaceNameCheck() {
    }

    /** The unmatched place names of every planning layer, in layer and feature order. */
    public static List<UnmatchedPlace> run(Project project) {
        PlaceNames names = new PlaceNames(DivisionPlaces.of(project));
        List<UnmatchedPlace> found = new ArrayList<>();
        if (names.isEmpty()) {
            return found;
        }
        for (MapLayer layer : project.layers()) {
            if (layer.layer().info().role() != LayerRole.PLANNING) {
                continue;
            }
            boolean hasTownship = layer.layer().info().type().field(PlaceNames.TOWNSHIP).isPresent();
            boolean hasVillage = layer.layer().info().type().field(PlaceNames.VILLAGE).isPresent();
            for (Feature feature : layer.layer().features()) {
                String township = feature.text(PlaceNames.TOWNSHIP);
                if (hasTownship && !township.isBlank() && names.township(township).isEmpty()) {
                    found.add(new UnmatchedPlace(layer.info().tableName(), feature.id(), PlaceNames.TOWNSHIP,
                            township, names.suggestTownships(township)));
                }
                String village = feature.text(PlaceNames.VILLAGE);
                if (hasVillage && !village.isBlank() && names.village(village, township).isEmpty()) {
                    found.add(new UnmatchedPlace(layer.info().tableName(), feature.id(), PlaceNames.VILLAGE,
                            village, names.suggestVillages(village, township)));
                }
            }
        }
        return found;
    }
}
