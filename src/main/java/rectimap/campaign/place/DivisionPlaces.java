package rectimap.campaign.place;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.locationtech.jts.index.strtree.STRtree;
import rectimap.geo.CrsTransform;
import rectimap.geo.Epsg;
import rectimap.model.Feature;
import rectimap.model.Layer;
import rectimap.model.MapLayer;
import rectimap.model.Project;

/**
 * The townships and villages of a project (layers {@code township}: code, name; {@code village}: code, name,
 * township_code) and the question "which village is this feature in": the village of the feature's township whose
 * point is nearest to the feature (i.e. the village's cell, see {@link VillageCells}). A feature outside every
 * township goes to the nearest village of the district. Immutable once built; safe to share between threads
 * (the STRtree is built in the constructor, and JTS's queries of a built tree only read).
 */
public final class DivisionPlaces {
    private static final CrsTransform TO_METRES = CrsTransform.between(Epsg.CGCS2000, Epsg.CGCS2000_GK_CM_111E);

    private final Map<String, TownshipPlace> townships;
    private final Map<String, PreparedGeometry> preparedTownships;
    private final Map<String, VillagePlace> villages;
    private final Map<String, List<VillagePlace>> villagesByTownship;
    private final List<VillagePlace> allVillages;
    /** Township codes by boundary envelope, so placing a feature tests only the townships whose box holds it. */
    private final STRtree townshipIndex = new STRtree();

    private DivisionPlaces(List<TownshipPlace> townshipList, List<VillagePlace> villageList) {
        townships = new LinkedHashMap<>();
        preparedTownships = new LinkedHashMap<>();
        for (TownshipPlace township : townshipList) {
            townships.put(township.code(), township);
            preparedTownships.put(township.code(), PreparedGeometryFactory.prepare(township.boundaryLonLat()));
            townshipIndex.insert(township.boundaryLonLat().getEnvelopeInternal(), township.code());
        }
        townshipIndex.build();
        allVillages = List.copyOf(villageList);
        villages = new LinkedHashMap<>();
        villagesByTownship = new LinkedHashMap<>();
        for (VillagePlace village : villageList) {
            villages.put(village.code(), village);
            villagesByTownship.computeIfAbsent(village.listedTownshipCode(), k -> new ArrayList<>()).add(village);
        }
    }

    /** The places of {@code project}; empty lists when it has no township or village layer. */
    public static DivisionPlaces of(Project project) {
        List<TownshipPlace> townshipList = features(project, "township").stream()
                .map(f -> new TownshipPlace(f.text("code"), f.text("name"), f.geometry())).toList();
        List<VillagePlace> villageList = new ArrayList<>();
        for (Feature f : features(project, "village")) {
            Point point = f.geometry().getInteriorPoint();
            Coordinate metres = TO_METRES.apply(point.getX(), point.getY());
            villageList.add(new VillagePlace(f.text("code"), f.text("name"), f.text("township_code"), point, metres));
        }
        return new DivisionPlaces(townshipList, villageList);
    }

    /** No townships and no villages (a project without division layers). */
    public static DivisionPlaces none() {
        return new DivisionPlaces(List.of(), List.of());
    }

    private static List<Feature> features(Project project, String table) {
        return project.layer(table).map(MapLayer::layer).map(Layer::features).orElse(List.of());
    }

    /** The district's outline: the union of the townships' outlines, lon/lat; empty when there is no township. */
    public Optional<Geometry> districtLonLat() {
        return townships.isEmpty() ? Optional.empty() : Optional.of(
                org.locationtech.jts.operation.union.UnaryUnionOp.union(
                        townships.values().stream().map(TownshipPlace::boundaryLonLat).toList()));
    }

    /** Townships in layer order. */
    public List<TownshipPlace> townships() {
        return List.copyOf(townships.values());
    }

    /** Every village in layer order. */
    public List<VillagePlace> villages() {
        return allVillages;
    }

    public Optional<TownshipPlace> township(String code) {
        return Optional.ofNullable(townships.get(code));
    }

    public Optional<VillagePlace> village(String code) {
        return Optional.ofNullable(villages.get(code));
    }

    /** Villages listed under the township, in layer order (empty for an unknown code). */
    public List<VillagePlace> villagesOf(String townshipCode) {
        return villagesByTownship.getOrDefault(townshipCode, List.of());
    }

    /** The township whose boundary holds the geometry's interior point, if any. */
    public Optional<TownshipPlace> townshipAt(Geometry lonLat) {
        return townshipAtPoint(lonLat instanceof Point p ? p : lonLat.getInteriorPoint());
    }

    private Optional<TownshipPlace> townshipAtPoint(Point point) {
        @SuppressWarnings("unchecked")
        List<String> candidates = townshipIndex.query(point.getEnvelopeInternal());
        // Index order is not layer order: take the first township in layer order (borders are shared).
        return townships.keySet().stream().filter(candidates::contains)
                .filter(code -> preparedTownships.get(code).covers(point)).map(townships::get).findFirst();
    }

    /** The village the geometry lies in (nearest village of its township), empty when the project has none. */
    public Optional<VillagePlace> villageAt(Geometry lonLat) {
        Point point = lonLat instanceof Point p ? p : lonLat.getInteriorPoint();
        Coordinate metres = TO_METRES.apply(point.getX(), point.getY());
        List<VillagePlace> candidates = townshipAtPoint(point).map(t -> villagesOf(t.code()))
                .filter(list -> !list.isEmpty()).orElse(allVillages);
        VillagePlace nearest = null;
        double best = Double.POSITIVE_INFINITY;
        for (VillagePlace village : candidates) {
            // Squared distance: the nearest is the same, without a square root per village.
            double dx = village.pointMetres().x - metres.x;
            double dy = village.pointMetres().y - metres.y;
            if (dx * dx + dy * dy < best) {
                best = dx * dx + dy * dy;
                nearest = village;
            }
        }
        return Optional.ofNullable(nearest);
    }
}
