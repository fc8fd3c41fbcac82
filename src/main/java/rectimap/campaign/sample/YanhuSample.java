package rectimap.campaign.sample;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.locationtech.jts.coverage.CoverageUnion;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.MultiLineString;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.PrecisionModel;
import rectimap.model.Layer;

/**
 * The schematic sample district of Yanhu (盐湖区, 140802): real names and codes from the official division list
 * (统计用区划代码 2022, {@code data/yanhu_divisions.csv}) with geometry generated from fixed seeds, so every run
 * gives the same layers. Invariants (tested): the townships tile the district exactly, every village lies in its
 * own township, the 街道 cluster round the district seat, extent and area are close to the real district's, the
 * roads connect every seat, and the entrance roads leave the city in their stated directions.
 */
public final class YanhuSample {
    /** The EPSG code of every sample geometry: CGCS2000 lon/lat. */
    public static final int SRID = 4490;

    private YanhuSample() {
    }

    /** The sample layers in drawing order (district, township, salt_lake, road, village, city_entrance). */
    public static List<Layer> generate() {
        List<Division> divisions = Division.readAll();
        return SampleLayers.from(divisions, TownshipSeat.readAll(), DemonstrationSite.readAll(),
                generateGeometry(divisions));
    }

    static GeneratedDistrict generateGeometry(List<Division> divisions) {
        List<TownshipSeat> seats = TownshipSeat.readAll();
        checkSeatsMatchDivisions(seats, divisions);
        GeometryFactory factory = new GeometryFactory(new PrecisionModel(), SRID);
        LocalPlane plane = new LocalPlane();

        Polygon lake = CanonicalPolygons.of(SaltLake.generate(factory, plane), factory);
        List<Geometry> mustContain = new ArrayList<>();
        seats.forEach(s -> mustContain.add(factory.createPoint(new Coordinate(s.lon(), s.lat()))));
        mustContain.add(lake);
        Polygon outline = new DistrictOutline(factory, plane).generate(mustContain);
        Map<String, MultiPolygon> townships = new TownshipTiling(factory, plane).tile(outline, seats);
        MultiPolygon district = multi(factory, CoverageUnion.union(townships.values().toArray(Geometry[]::new)));

        VillagePlacement placement = new VillagePlacement(factory, plane, lake);
        Map<String, Point> villages = new LinkedHashMap<>();
        for (int t = 0; t < seats.size(); t++) {
            TownshipSeat seat = seats.get(t);
            List<Division> units = divisions.stream()
                    .filter(d -> d.isVillage() && d.parentCode().equals(seat.code())).toList();
            villages.putAll(placement.place(t, townships.get(seat.code()), seat, units));
        }
        Map<String, Point> villagesInListOrder = new LinkedHashMap<>();
        divisions.stream().filter(Division::isVillage)
                .forEach(d -> villagesInListOrder.put(d.code(), villages.get(d.code())));

        Geometry districtKm = plane.toKm(district);
        Geometry lakeKm = plane.toKm(lake);
        Set<String> subdistricts = divisions.stream().filter(d -> d.kind().equals("subdistrict"))
                .map(Division::code).collect(Collectors.toSet());
        Geometry urbanKm = plane.toKm(CoverageUnion.union(townships.entrySet().stream()
                .filter(e -> subdistricts.contains(e.getKey())).map(Map.Entry::getValue).toArray(Geometry[]::new)));
        Map<String, Coordinate> seatsKm = new LinkedHashMap<>();
        seats.forEach(s -> seatsKm.put(s.code(), plane.toKm(s.lon(), s.lat())));

        List<SampleRoad> roads = new ArrayList<>();
        new TrunkRoads(factory, plane).build(seatsKm, districtKm, roads);
        List<CityGate> gates = new EntranceRoads(factory).build(EntranceSpec.readAll(), seatsKm, districtKm,
                urbanKm, roads);
        new SeatLinks(factory).build(seats, new ArrayList<>(seatsKm.values()), districtKm, lakeKm, roads);
        Map<String, String> names = divisions.stream()
                .collect(Collectors.toMap(Division::code, Division::name));
        List<String> villageNames = new ArrayList<>();
        List<Point> villagesKm = new ArrayList<>();
        villagesInListOrder.forEach((code, point) -> {
            villageNames.add(names.get(code));
            villagesKm.add((Point) plane.toKm(point));
        });
        new VillageLinks(factory).build(villageNames, villagesKm, lakeKm, roads);

        List<GeneratedDistrict.GeneratedRoad> roadsLonLat = roads.stream()
                .map(r -> new GeneratedDistrict.GeneratedRoad(r.name(), r.level(),
                        multiLine(factory, plane.toLonLat(r.linealKm()))))
                .toList();
        Map<EntranceSpec, Point> gatesLonLat = new LinkedHashMap<>();
        gates.forEach(g -> gatesLonLat.put(g.entrance(), factory.createPoint(plane.toLonLat(g.gateKm()))));
        return new GeneratedDistrict(district, townships, lake, villagesInListOrder, roadsLonLat, gatesLonLat);
    }

    private static void checkSeatsMatchDivisions(List<TownshipSeat> seats, List<Division> divisions) {
        Set<String> official = divisions.stream().filter(Division::isTownship).map(Division::code)
                .collect(Collectors.toSet());
        Set<String> seated = seats.stream().map(TownshipSeat::code).collect(Collectors.toSet());
        if (!official.equals(seated) || seated.size() != seats.size()) {
            throw new IllegalStateException("data/township_seats_schematic.csv must list each township of "
                    + "data/yanhu_divisions.csv exactly once; official " + official + ", seats " + seated);
        }
    }

    private static MultiPolygon multi(GeometryFactory factory, Geometry polygonal) {
        return CanonicalPolygons.of(polygonal, factory);
    }

    private static MultiLineString multiLine(GeometryFactory factory, Geometry lineal) {
        if (lineal instanceof MultiLineString m) {
            return m;
        }
        return factory.createMultiLineString(new LineString[] {(LineString) lineal});
    }
}
