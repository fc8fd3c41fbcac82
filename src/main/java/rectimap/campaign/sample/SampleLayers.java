package rectimap.campaign.sample;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.locationtech.jts.geom.Geometry;
import rectimap.model.Feature;
import rectimap.model.FeatureType;
import rectimap.model.Field;
import rectimap.model.FieldType;
import rectimap.model.GeometryKind;
import rectimap.model.Layer;
import rectimap.model.LayerInfo;
import rectimap.model.LayerRole;
import rectimap.model.Provenance;

/**
 * Turns the generated geometry into the six sample layers with their schemas (ASCII column names, Chinese
 * values). Every layer is {@link Provenance#SCHEMATIC} reference data in EPSG:4490 with the {@link #NOTE}.
 */
final class SampleLayers {
    /** The note on every sample layer: names and codes are official, geometry is generated. */
    static final String NOTE = "示意：名称与代码来自统计用区划代码（2022），几何为程序生成的示意图形，不代表真实边界";

    private SampleLayers() {
    }

    static List<Layer> from(List<Division> divisions, List<TownshipSeat> seats, List<DemonstrationSite> sites,
            GeneratedDistrict geometry) {
        Map<String, Division> byCode = divisions.stream()
                .collect(Collectors.toMap(Division::code, Function.identity(), (a, b) -> a, LinkedHashMap::new));
        Set<String> demoTowns = codesOfKind(sites, "示范镇");
        Set<String> cultureVillages = codesOfKind(sites, "文化体验村");
        Division county = divisions.stream().filter(d -> d.level().equals("county")).findFirst().orElseThrow();

        List<Layer> layers = new ArrayList<>();
        layers.add(layer("district", "盐湖区区界（示意）", GeometryKind.MULTIPOLYGON,
                List.of(text("code"), text("name"), text("note")),
                List.of(feature(1, geometry.district(), "code", county.code(), "name", county.name(), "note", NOTE))));

        List<Feature> townships = new ArrayList<>();
        for (TownshipSeat seat : seats) {
            Division township = byCode.get(seat.code());
            townships.add(feature(townships.size() + 1, geometry.townships().get(seat.code()),
                    "code", township.code(), "name", township.name(), "kind", township.kindLabel(),
                    "demo", demoTowns.contains(seat.code()) ? "示范镇" : "",
                    "seat_lon", seat.lon(), "seat_lat", seat.lat(), "note", "驻地" + seat.note()));
        }
        layers.add(layer("township", "乡镇街道（示意）", GeometryKind.MULTIPOLYGON,
                List.of(text("code"), text("name"), text("kind"), text("demo"), real("seat_lon"), real("seat_lat"),
                        text("note")), townships));

        layers.add(layer("salt_lake", "运城盐湖（示意）", GeometryKind.POLYGON, List.of(text("name"), text("note")),
                List.of(feature(1, geometry.saltLake(), "name", SaltLake.NAME, "note", "示意：湖岸为程序生成"))));

        List<Feature> roads = new ArrayList<>();
        for (GeneratedDistrict.GeneratedRoad road : geometry.roads()) {
            roads.add(feature(roads.size() + 1, road.line(), "name", road.name(), "level", road.level().label(),
                    "level_rank", (long) road.level().rank(), "note", "示意：走向为程序生成"));
        }
        layers.add(layer("road", "道路（示意）", GeometryKind.MULTILINESTRING,
                List.of(text("name"), text("level"), integer("level_rank"), text("note")), roads));

        List<Feature> villages = new ArrayList<>();
        geometry.villages().forEach((code, point) -> {
            Division village = byCode.get(code);
            villages.add(feature(villages.size() + 1, point, "code", code, "name", village.name(),
                    "kind", village.kindLabel(), "township_code", village.parentCode(),
                    "township", byCode.get(village.parentCode()).name(),
                    "culture", cultureVillages.contains(code) ? "文化体验村" : "", "note", "示意：位置为程序生成"));
        });
        layers.add(layer("village", "村（社区）（示意）", GeometryKind.POINT,
                List.of(text("code"), text("name"), text("kind"), text("township_code"), text("township"),
                        text("culture"), text("note")), villages));

        List<Feature> gates = new ArrayList<>();
        geometry.gates().forEach((entrance, point) -> gates.add(feature(gates.size() + 1, point,
                "name", entrance.name(), "toward", entrance.toward(), "bearing_deg", entrance.bearingDeg(),
                "note", entrance.note())));
        layers.add(layer("city_entrance", "城市出入口（示意）", GeometryKind.POINT,
                List.of(text("name"), text("toward"), real("bearing_deg"), text("note")), gates));
        return layers;
    }

    private static Set<String> codesOfKind(List<DemonstrationSite> sites, String kind) {
        return sites.stream().filter(s -> s.kind().equals(kind) && !s.code().isEmpty())
                .map(DemonstrationSite::code).collect(Collectors.toSet());
    }

    private static Layer layer(String table, String title, GeometryKind kind, List<Field> fields,
            List<Feature> features) {
        LayerInfo info = new LayerInfo(new FeatureType(table, kind, fields), title, LayerRole.REFERENCE,
                Provenance.SCHEMATIC, NOTE, YanhuSample.SRID);
        return new Layer(info, features);
    }

    /** A feature from alternating column names and values. */
    private static Feature feature(long id, Geometry geometry, Object... namesAndValues) {
        Map<String, Object> attributes = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            attributes.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return new Feature(id, geometry, attributes);
    }

    private static Field text(String name) {
        return new Field(name, FieldType.TEXT);
    }

    private static Field real(String name) {
        return new Field(name, FieldType.REAL);
    }

    private static Field integer(String name) {
        return new Field(name, FieldType.INTEGER);
    }
}
