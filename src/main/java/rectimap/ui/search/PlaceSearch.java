package rectimap.ui.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import rectimap.model.Feature;
import rectimap.model.FeatureRef;
import rectimap.model.MapLayer;
import rectimap.model.Project;

/**
 * Finds places by any part of their name or by the start of their division code, over every layer that has a
 * {@code name} field (townships and villages in the sample). Pure and immutable; build once per project.
 */
public final class PlaceSearch {
    private static final int MAX_SUGGESTIONS = 12;

    private record Entry(PlaceSuggestion suggestion, String name, String code, int layerRank) {
    }

    private final List<Entry> entries = new ArrayList<>();

    public PlaceSearch(Project project) {
        int rank = 0;
        // Layers later in drawing order are more specific (villages over townships); keep area layers first in ties.
        for (MapLayer mapLayer : project.layers()) {
            if (mapLayer.info().type().field("name").isEmpty()) {
                continue;
            }
            boolean hasParent = mapLayer.info().type().field("township").isPresent();
            for (Feature feature : mapLayer.layer().features()) {
                String name = feature.text("name");
                if (name.isEmpty()) {
                    continue;
                }
                String code = feature.text("code");
                String label = name + (hasParent && !feature.text("township").isEmpty()
                        ? " · " + feature.text("township") : "") + (code.isEmpty() ? "" : " · " + code);
                PlaceSuggestion suggestion = new PlaceSuggestion(
                        new FeatureRef(mapLayer.tableName(), feature.id()), label, feature.geometry());
                entries.add(new Entry(suggestion, name, code, rank));
            }
            rank++;
        }
    }

    /**
     * Suggestions for {@code query}, best first: exact name, then names starting with it, then containing it;
     * a query of digits also matches codes by prefix. Empty for a blank query.
     */
    public List<PlaceSuggestion> suggest(String query) {
        String q = query == null ? "" : query.strip().toLowerCase(Locale.ROOT);
        if (q.isEmpty()) {
            return List.of();
        }
        boolean digits = q.chars().allMatch(Character::isDigit);
        List<Entry> hits = new ArrayList<>();
        for (Entry entry : entries) {
            if (entry.name().toLowerCase(Locale.ROOT).contains(q) || digits && entry.code().startsWith(q)) {
                hits.add(entry);
            }
        }
        hits.sort(Comparator.<Entry>comparingInt(e -> matchRank(e, q)).thenComparingInt(Entry::layerRank)
                .thenComparing(Entry::code));
        return hits.stream().limit(MAX_SUGGESTIONS).map(Entry::suggestion).toList();
    }

    private static int matchRank(Entry entry, String q) {
        String name = entry.name().toLowerCase(Locale.ROOT);
        if (name.equals(q) || entry.code().equals(q)) {
            return 0;
        }
        return name.startsWith(q) || entry.code().startsWith(q) ? 1 : 2;
    }
}
