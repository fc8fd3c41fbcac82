package rectimap.campaign.coverage;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.index.SpatialIndex;
import org.locationtech.jts.index.quadtree.Quadtree;
import org.locationtech.jts.index.strtree.STRtree;
import rectimap.model.Feature;

/**
 * The overlaps among one kind's zones, kept from one check to the next: the zones sit in a quadtree and the pairs
 * that overlap are remembered, so after an edit only the zones that were replaced, added or removed (told apart by
 * identity: an edit replaces a feature) leave or enter the index and only the new ones are paired with their
 * neighbours (a first check pairs through a packed tree instead, see {@link #packed}). Problems come out ordered by the pair's ids (lower id first, then the other), the same whether they were
 * computed now or before. One thread at a time.
 */
final class OverlapPairs {
    /** A pair of zones (lower id first) and the overlap pieces between them (never empty). */
    private record Pair(Feature first, Feature second, List<CoverageProblem> problems) {
    }

    private final Quadtree index = new Quadtree();
    private final Map<Feature, Envelope> indexed = new IdentityHashMap<>();
    private final Map<Feature, List<Pair>> pairsOf = new IdentityHashMap<>();
    private long computed;

    /**
     * The overlap problems among {@code zones}; {@code overlapOf} gives the pieces of one pair (lower id first) and
     * must depend only on the two features.
     */
    List<CoverageProblem> update(List<Feature> zones, BiFunction<Feature, Feature, List<CoverageProblem>> overlapOf) {
        Map<Feature, Boolean> now = new IdentityHashMap<>(zones.size() * 2);
        zones.forEach(z -> now.put(z, Boolean.TRUE));
        for (Feature gone : new ArrayList<>(indexed.keySet())) {
            if (!now.containsKey(gone)) {
                index.remove(indexed.remove(gone), gone);
                for (Pair pair : pairsOf.getOrDefault(gone, List.of())) {
                    Feature partner = pair.first() == gone ? pair.second() : pair.first();
                    List<Pair> kept = pairsOf.get(partner);
                    if (kept != null) {
                        kept.remove(pair);
                    }
                }
                pairsOf.remove(gone);
            }
        }
        List<Feature> added = new ArrayList<>();
        for (Feature zone : zones) {
            if (!indexed.containsKey(zone)) {
                Envelope box = zone.geometry().getEnvelopeInternal();
                indexed.put(zone, box);
                index.insert(box, zone);
                added.add(zone);
            }
        }
        SpatialIndex lookup = added.size() * 4 >= indexed.size() ? packed() : index;
        Map<Feature, Boolean> paired = new IdentityHashMap<>();
        for (Feature zone : added) {
            Envelope box = indexed.get(zone);
            for (Object candidate : lookup.query(box)) {
                Feature other = (Feature) candidate;
                if (other == zone || other.id() == zone.id() || paired.containsKey(other)
                        || !indexed.get(other).intersects(box)) {
                    continue;
                }
                Feature first = zone.id() < other.id() ? zone : other;
                Feature second = first == zone ? other : zone;
                computed++;
                List<CoverageProblem> problems = overlapOf.apply(first, second);
                if (!problems.isEmpty()) {
                    Pair pair = new Pair(first, second, problems);
                    pairsOf.computeIfAbsent(first, f -> new ArrayList<>()).add(pair);
                    pairsOf.computeIfAbsent(second, f -> new ArrayList<>()).add(pair);
                }
            }
            paired.put(zone, Boolean.TRUE);
        }
        List<Pair> all = new ArrayList<>();
        pairsOf.forEach((zone, pairs) -> pairs.stream().filter(p -> p.first() == zone).forEach(all::add));
        all.sort(Comparator.comparingLong((Pair p) -> p.first().id()).thenComparingLong(p -> p.second().id()));
        List<CoverageProblem> found = new ArrayList<>();
        all.forEach(p -> found.addAll(p.problems()));
        return found;
    }

    /**
     * All indexed zones in a tree packed once, for pairing many new zones at a time (a first check): the quadtree, made
     * for single updates, keeps each box that straddles one of its cell lines high up and hands it to every query
     * below (a third of a first check's processor time went to walking those lists); the packed tree hands each query
     * little more than the boxes it meets. Both give the same pairs: candidates are filtered by their boxes after.
     */
    private SpatialIndex packed() {
        STRtree tree = new STRtree();
        indexed.forEach((zone, box) -> tree.insert(box, zone));
        return tree;
    }

    /** How many pairs were computed since this instance was made. */
    long computed() {
        return computed;
    }
}
