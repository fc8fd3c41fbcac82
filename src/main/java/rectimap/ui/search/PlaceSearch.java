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

    private record Entry(PlaceSuggestion suggestion, String name, String code, boolean division, int layerOrder) {
    }

    private final List<Entry> entries = new ArrayList<>();

    public PlaceSearch(Project project) {
        int order = 0;
        for (MapLayer mapLayer : project.layers()) {
            if (mapLayer.info().type().field("name").isEmpty()) {
                continue;
            }
            // Divisions (layers with an official code) come before other named things such as roads named after the
            // villages they reach; among divisions, drawing order puts townships before villages.
            boolean division = mapLayer.info().type().field("code").isPresent();
            int layerOrder = order++;
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
                entries.add(new Entry(suggestion, name, code, division, layerOrder));
            }
        }
    }

    /**
     * Suggestions for {@code query}, best first: exact name, then names starting with it, then containing it, and
     * divisions before other named features; a query of digits also matches codes by prefix. Empty when blank.
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
        hits.sort(Comparator.<Entry>comparingInt(e -> e.division() ? 0 : 1).thenComparingInt(e -> matchRank(e, q))
                .thenComparingInt(Entry::layerOrder)
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
