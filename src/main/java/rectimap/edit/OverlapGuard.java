package rectimap.edit;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygonal;
import rectimap.geo.OverlapAvoidance;
import rectimap.geo.OverlapClip;
import rectimap.model.Feature;
import rectimap.model.LayerRules;

/**
 * Applies "avoid overlap": when the layer's rules name a no-overlap field (responsibility areas: {@code kind}), a
 * polygon is clipped against the layer's other features with the same value, except those being edited together.
 */
final class OverlapGuard {
    private OverlapGuard() {
    }

    /**
     * Refuses an attribute change of the no-overlap field (e.g. a responsibility area's kind) when the feature would
     * then overlap neighbours with the new value; other changes pass.
     */
    static void refuseNewOverlap(EditableLayer layer, LayerRules rules, Feature before, Feature after)
            throws CommandRefused {
        Optional<String> field = rules.noOverlapField(layer.info());
        if (field.isEmpty() || Objects.equals(before.get(field.get()), after.get(field.get()))) {
            return;
        }
        Outcome outcome = apply(layer, rules, OverlapPolicy.AVOID, after.id(), after.geometry(), after.attributes(),
                List.of(after.id()));
        if (outcome.report().isPresent()) {
            List<Long> ids = outcome.report().get().neighbourIds();
            throw CommandRefused.of(RefusalReason.OVERLAPS_SAME_KIND,
                    "改为 " + after.get(field.get()) + " 后与同类" + layer.title() + " " + ids + " 重叠，请先调整范围",
                    "as " + after.get(field.get()) + " it would overlap " + layer.title() + " " + ids
                            + " of the same kind; reshape it first");
        }
    }

    /** The clipped geometry and the report, or {@code lonLat} unchanged and no report. */
    record Outcome(Geometry geometry, Optional<ClipReport> report) {
    }

    /**
     * @param attributes the feature's values (the no-overlap field is read from them)
     * @param editedIds  ids excluded from the neighbours (the feature itself, features moved or merged with it)
     */
    static Outcome apply(EditableLayer layer, LayerRules rules, OverlapPolicy policy, long featureId,
            Geometry lonLat, Map<String, Object> attributes, Collection<Long> editedIds)
            throws CommandRefused {
        Optional<String> field = rules.noOverlapField(layer.info());
        if (policy == OverlapPolicy.ALLOW || field.isEmpty() || !(lonLat instanceof Polygonal)) {
            return new Outcome(lonLat, Optional.empty());
        }
        Object key = attributes.get(field.get());
        Envelope reach = lonLat.getEnvelopeInternal();
        Set<Long> excluded = new HashSet<>(editedIds);
        List<Feature> neighbours = new ArrayList<>();
        // the envelope test first: it is cached in the geometry, while the attribute lookup is a map probe, and a
        // layer of 100,000 areas is scanned on every edit
        for (Feature other : layer.layer().features()) {
            if (reach.intersects(other.geometry().getEnvelopeInternal()) && !excluded.contains(other.id())
                    && Objects.equals(other.get(field.get()), key) && other.geometry() instanceof Polygonal) {
                neighbours.add(other);
            }
        }
        OverlapClip clip = OverlapAvoidance.clip(lonLat, neighbours.stream().map(Feature::geometry).toList());
        if (!clip.clipped()) {
            return new Outcome(lonLat, Optional.empty());
        }
        if (clip.coveredEntirely()) {
            throw CommandRefused.of(RefusalReason.COVERED_BY_NEIGHBOURS,
                    "避让重叠后没有剩余：该区域完全位于同类" + layer.title() + "之内",
                    "nothing is left after avoiding overlap: the area lies wholly inside neighbours of the same kind");
        }
        List<Long> ids = clip.clippedBy().stream().map(i -> neighbours.get(i).id()).toList();
        return new Outcome(clip.result(), Optional.of(new ClipReport(featureId, ids, clip.removedM2())));
    }
}
