package rectimap.ui.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import rectimap.model.Feature;
import rectimap.model.FeatureType;
import rectimap.model.Field;
import rectimap.model.FieldType;
import rectimap.model.GeometryKind;
import rectimap.model.Layer;
import rectimap.model.LayerInfo;
import rectimap.model.LayerRole;
import rectimap.model.MapLayer;
import rectimap.model.Project;
import rectimap.model.Provenance;
import rectimap.model.style.LayerStyle;
import rectimap.model.style.Rgba;
import rectimap.model.style.Symbolizer;

class PlaceSearchTest {
    private static final GeometryFactory GF = new GeometryFactory();

    private final PlaceSearch search = new PlaceSearch(new Project(Path.of("p.gpkg"), List.of(
            layer("township", List.of(place(1, "140802101000", "龙居镇", ""))),
            layer("village", List.of(
                    place(1, "140802101207", "雷家坡村委会", "龙居镇"),
                    place(2, "140802101216", "西张耿村委会", "龙居镇"),
                    place(3, "140802205204", "牛庄村委会", "上王乡"))))));

    @Test
    void findsByAnyPartOfTheName() {
        List<PlaceSuggestion> hits = search.suggest("雷家坡");
        assertThat(hits).hasSize(1);
        assertThat(hits.get(0).label()).isEqualTo("雷家坡村委会 · 龙居镇 · 140802101207");
        assertThat(hits.get(0).ref().tableName()).isEqualTo("village");
        assertThat(search.suggest("张耿")).extracting(PlaceSuggestion::label).first().asString().startsWith("西张耿");
    }

    @Test
    void findsByDivisionCodePrefixTownshipFirst() {
        List<PlaceSuggestion> hits = search.suggest("140802101");
        assertThat(hits).extracting(h -> h.ref().tableName()).containsExactly("township", "village", "village");
        assertThat(search.suggest("140802205204")).hasSize(1);
    }

    @Test
    void divisionsComeBeforeRoadsNamedAfterThem() {
        PlaceSearch withRoad = new PlaceSearch(new Project(Path.of("p.gpkg"), List.of(
                roadLayer(List.of(new Feature(9, GF.createPoint(new Coordinate(111, 35)), Map.of("name", "雷家坡村道")))),
                layer("village", List.of(place(1, "140802101207", "雷家坡村委会", "龙居镇"))))));
        assertThat(withRoad.suggest("雷家坡")).extracting(h -> h.ref().tableName()).containsExactly("village", "road");
    }

    @Test
    void exactNamesComeFirstAndBlankFindsNothing() {
        assertThat(search.suggest("龙居镇").get(0).ref()).isEqualTo(new rectimap.model.FeatureRef("township", 1));
        assertThat(search.suggest("  ")).isEmpty();
        assertThat(search.suggest("不存在的村")).isEmpty();
    }

    private static Feature place(long id, String code, String name, String township) {
        return new Feature(id, GF.createPoint(new Coordinate(111, 35)),
                Map.of("code", code, "name", name, "township", township));
    }

    private static MapLayer roadLayer(List<Feature> features) {
        LayerInfo info = new LayerInfo(new FeatureType("road", GeometryKind.LINESTRING,
                List.of(new Field("name", FieldType.TEXT))), "road", LayerRole.REFERENCE, Provenance.SCHEMATIC, "", 4490);
        return new MapLayer(new Layer(info, features), LayerStyle.simple(Symbolizer.line(Rgba.BLACK, 0.2)), true, 1);
    }

    private static MapLayer layer(String table, List<Feature> features) {
        List<Field> fields = List.of(new Field("code", FieldType.TEXT), new Field("name", FieldType.TEXT),
                new Field("township", FieldType.TEXT));
        LayerInfo info = new LayerInfo(new FeatureType(table, GeometryKind.POINT, fields), table,
                LayerRole.REFERENCE, Provenance.SCHEMATIC, "", 4490);
        return new MapLayer(new Layer(info, features),
                LayerStyle.simple(Symbolizer.area(Rgba.WHITE, Rgba.BLACK, 0.2)), true, 1);
    }
}
