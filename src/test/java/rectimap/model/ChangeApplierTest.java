package rectimap.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import rectimap.model.style.LayerStyle;
import rectimap.model.style.Rgba;
import rectimap.model.style.Symbolizer;

class ChangeApplierTest {
    private static final GeometryFactory FACTORY = new GeometryFactory();
    private static final LayerStyle STYLE = LayerStyle.simple(Symbolizer.line(Rgba.WHITE, 1));

    private static Feature point(long id, double x) {
        return new Feature(id, FACTORY.createPoint(new Coordinate(x, 35)), Map.of("name", "点" + id));
    }

    private static Project project(String table, Feature... features) {
        LayerInfo info = new LayerInfo(new FeatureType(table, GeometryKind.POINT, List.of()), table,
                LayerRole.PLANNING, Provenance.SURVEYED, "", 4490);
        MapLayer other = new MapLayer(new Layer(new LayerInfo(new FeatureType("other", GeometryKind.POINT, List.of()),
                "other", LayerRole.REFERENCE, Provenance.SURVEYED, "", 4490), List.of(point(1, 0))), STYLE, false, 0.5);
        return new Project(Path.of("p.gpkg"), List.of(other, new MapLayer(new Layer(info, List.of(features)),
                STYLE, true, 0.8)));
    }

    private static List<Long> ids(Project project, String table) {
        return project.layer(table).orElseThrow().layer().features().stream().map(Feature::id).toList();
    }

    @Test
    void replacedFeaturesKeepTheirPlaceAndAddedOnesGoLast() {
        Project before = project("t", point(1, 1), point(2, 2), point(3, 3));
        ChangeSet step = new ChangeSet("s", List.of(FeatureChange.replaced("t", point(2, 2), point(2, 20)),
                FeatureChange.added("t", point(4, 4)), FeatureChange.removed("t", point(1, 1))));

        Project after = ChangeApplier.apply(before, step);

        assertThat(ids(after, "t")).containsExactly(2L, 3L, 4L);
        assertThat(after.layer("t").orElseThrow().layer().feature(2).orElseThrow()).isEqualTo(point(2, 20));
        assertThat(after.layer("other").orElseThrow()).isSameAs(before.layer("other").orElseThrow());
        assertThat(after.layer("t").orElseThrow().opacity()).isEqualTo(0.8);
        assertThat(after.file()).isEqualTo(before.file());
    }

    @Test
    void theInverseRestoresEveryFeatureAndAFeatureRemovedAndAddedBackGoesLast() {
        Project before = project("t", point(1, 1), point(2, 2), point(3, 3));
        ChangeSet step = new ChangeSet("s", List.of(FeatureChange.removed("t", point(1, 1)),
                FeatureChange.added("t", point(1, 10)), FeatureChange.replaced("t", point(1, 10), point(1, 11))));

        Project after = ChangeApplier.apply(before, step);
        Project undone = ChangeApplier.apply(after, step.inverse());

        assertThat(ids(after, "t")).containsExactly(2L, 3L, 1L);
        assertThat(after.layer("t").orElseThrow().layer().feature(1).orElseThrow()).isEqualTo(point(1, 11));
        assertThat(undone.layer("t").orElseThrow().layer().features())
                .containsExactlyInAnyOrder(point(1, 1), point(2, 2), point(3, 3));
    }

    @Test
    void aStaleStepIsRefusedWhole() {
        Project before = project("t", point(1, 1), point(2, 2));

        assertThatThrownBy(() -> ChangeApplier.apply(before, new ChangeSet("dup",
                List.of(FeatureChange.added("t", point(2, 5)))))).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> ChangeApplier.apply(before, new ChangeSet("gone",
                List.of(FeatureChange.removed("t", point(9, 9)))))).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> ChangeApplier.apply(before, new ChangeSet("old",
                List.of(FeatureChange.replaced("t", point(1, 0.5), point(1, 7)))))).hasMessageContaining("old");
        assertThatThrownBy(() -> ChangeApplier.apply(before, new ChangeSet("nowhere",
                List.of(FeatureChange.added("x", point(1, 1)))))).hasMessageContaining("no layer x");
    }
}
