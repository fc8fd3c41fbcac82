package rectimap.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;
import rectimap.model.ChangeApplier;
import rectimap.model.ChangeSet;
import rectimap.model.Feature;
import rectimap.model.FeatureChange;
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

/**
 * An edited layer's render layer is updated, not rebuilt: unchanged features keep their projected shapes, and the
 * result draws, hit-tests and finds ids exactly as a render layer built from scratch for the edited layer.
 */
class RenderLayerUpdateTest {

    private static final GeometryFactory FACTORY = new GeometryFactory();
    private static final String TABLE = "parcel";
    private static final Rgba PAPER = Rgba.hex("#fbfaf7");
    private static final LayerStyle STYLE = new LayerStyle(Symbolizer.area(Rgba.hex("#dddddd"), Rgba.BLACK, 0.3),
            "kind", Map.of("a", Symbolizer.area(Rgba.hex("#f7d9c9"), Rgba.hex("#8a8a8a"), 0.3),
            "b", Symbolizer.area(Rgba.hex("#dcefd2"), Rgba.hex("#8a8a8a"), 0.3)), null);

    @Test
    void anEditProjectsOnlyWhatChangedAndDrawsAsAFreshBuild() {
        Project project = project(400);
        RenderLayer before = RenderLayer.forDisplay(project.layers().get(0));
        before.prepareIndex();
        Layer layer = project.layers().get(0).layer();
        Feature moved = layer.features().get(10);
        Feature removed = layer.features().get(20);
        ChangeSet step = new ChangeSet("edit", List.of(
                FeatureChange.replaced(TABLE, moved, parcel(moved.id(), 200, "b")),
                FeatureChange.removed(TABLE, removed),
                FeatureChange.added(TABLE, parcel(1000, 7, "a"))));
        MapLayer edited = ChangeApplier.apply(project, step).layers().get(0);

        RenderLayer updated = before.withMapLayer(edited);

        assertThat(updated.size()).isEqualTo(400);
        // Unchanged features share their projected shape with the layer before the edit: they were not projected.
        assertThat(updated.shape(0, 0)).isSameAs(before.shape(0, 0));
        assertThat(updated.shape(399 - 1, 0)).isSameAs(before.shape(399, 0));
        assertThat(updated.shape(10, 0)).isNotSameAs(before.shape(10, 0));
        assertSameAsFreshBuild(updated, edited);
    }

    @Test
    void aLayerListChangeSharesTheClassesAndAStyleChangeWorksThemOut() {
        MapLayer layer = project(400).layers().get(0);
        RenderLayer shown = RenderLayer.forDisplay(layer);

        // Opacity and visibility (as every layer list change sends to the map): the style is not evaluated again.
        RenderLayer faded = shown.withMapLayer(layer.withOpacity(0.5)).withMapLayer(layer.withVisible(false));
        assertThat(faded.sharesClassesWith(shown)).isTrue();
        assertThat(faded.mapLayer().opacity()).isEqualTo(1.0);
        assertThat(faded.mapLayer().visible()).isFalse();
        // A new style: the classes are worked out again and follow it.
        LayerStyle plain = new LayerStyle(Symbolizer.area(Rgba.hex("#eeeeee"), Rgba.BLACK, 0.3), null, Map.of(), null);
        RenderLayer restyled = faded.withMapLayer(layer.withStyle(plain));
        assertThat(restyled.sharesClassesWith(shown)).isFalse();
        assertThat(restyled.symbolizer(10)).isSameAs(plain.symbolizerFor(layer.layer().features().get(10)));
        assertThat(shown.symbolizer(10)).isNotSameAs(restyled.symbolizer(10));
    }

    @Test
    void manyEditsInARowStayRightThroughIndexRebuildsAndUndo() {
        Project project = project(300);
        RenderLayer render = RenderLayer.forDisplay(project.layers().get(0));
        render.prepareIndex();
        Random random = new Random(5);
        List<ChangeSet> done = new ArrayList<>();
        for (int step = 0; step < 60; step++) {
            List<Feature> features = project.layers().get(0).layer().features();
            List<FeatureChange> changes = new ArrayList<>();
            // Twenty features moved per step: the index's list of pending features passes its limit and is rebuilt.
            for (int k = 0; k < 20; k++) {
                Feature f = features.get(random.nextInt(features.size()));
                if (changes.stream().noneMatch(c -> c.featureId() == f.id())) {
                    changes.add(FeatureChange.replaced(TABLE, f, parcel(f.id(), random.nextInt(900), "b")));
                }
            }
            Feature gone = features.get(random.nextInt(features.size()));
            if (step % 7 == 0 && changes.stream().noneMatch(c -> c.featureId() == gone.id())) {
                changes.add(FeatureChange.removed(TABLE, gone));
            }
            ChangeSet changeSet = new ChangeSet("step " + step, changes);
            project = ChangeApplier.apply(project, changeSet);
            done.add(changeSet);
            render = render.withMapLayer(project.layers().get(0));
            render.hits(0, 0, 1);
        }
        assertSameAsFreshBuild(render, project.layers().get(0));
        // Undo the last ten steps: removed features come back at the end of the layer, in another id order.
        for (int k = 0; k < 10; k++) {
            project = ChangeApplier.apply(project, done.remove(done.size() - 1).inverse());
            render = render.withMapLayer(project.layers().get(0));
        }
        assertSameAsFreshBuild(render, project.layers().get(0));
    }

    /**
     * The layer read again from the file after another program changed it: every feature is a new instance, so the
     * update projects the layer as a whole. It threw a NullPointerException (the per-feature reuse read the
     * missing old-to-new mapping), and the window never showed the other program's change to a layer of more than
     * 64 features (the sample's 道路).
     */
    @Test
    void aLayerWhoseFeaturesAreAllNewInstancesIsProjectedAgainAsAWhole() {
        Project project = project(300);
        RenderLayer before = RenderLayer.forDisplay(project.layers().get(0));
        List<Feature> reread = new ArrayList<>();
        for (Feature feature : project.layers().get(0).layer().features()) {
            reread.add(feature.id() == 5 ? parcel(5, 600, "b")
                    : new Feature(feature.id(), feature.geometry().copy(), feature.attributes()));
        }
        MapLayer shown = project.layers().get(0);
        MapLayer readAgain = new MapLayer(new Layer(shown.layer().info(), reread), shown.style(), shown.visible(),
                shown.opacity());

        RenderLayer updated = before.withMapLayer(readAgain);

        assertSameAsFreshBuild(updated, readAgain);
    }

    private static void assertSameAsFreshBuild(RenderLayer updated, MapLayer edited) {
        RenderLayer fresh = RenderLayer.forDisplay(edited);
        assertThat(updated.size()).isEqualTo(fresh.size());
        assertThat(updated.extent()).isEqualTo(fresh.extent());
        for (Feature feature : edited.layer().features()) {
            assertThat(updated.indexOf(feature.id())).isEqualTo(fresh.indexOf(feature.id()));
            assertThat(updated.featureById(feature.id())).containsSame(feature);
        }
        Envelope extent = fresh.extent();
        Random random = new Random(11);
        for (int k = 0; k < 500; k++) {
            double x = extent.getMinX() + random.nextDouble() * extent.getWidth();
            double y = extent.getMinY() + random.nextDouble() * extent.getHeight();
            assertThat(updated.hits(x, y, 40)).isEqualTo(fresh.hits(x, y, 40));
        }
        Viewport whole = Viewport.fitting(extent, 500, 400, 10);
        Viewport zoomed = new Viewport(extent.centre().x, extent.centre().y, 2, 500, 400);
        for (Viewport viewport : List.of(whole, zoomed)) {
            assertThat(pixels(updated, viewport)).isEqualTo(pixels(fresh, viewport));
        }
    }

    private static int[] pixels(RenderLayer layer, Viewport viewport) {
        ImageSurface surface = new ImageSurface(viewport.widthPx(), viewport.heightPx(), 96, PAPER,
                MapFonts.Choice.BUNDLED);
        MapRenderer.forScreen().render(List.of(layer), viewport, surface, Set.of());
        BufferedImage image = surface.image();
        surface.dispose();
        return image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
    }

    private static Project project(int count) {
        List<Feature> features = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            features.add(parcel(i + 1, i, i % 3 == 0 ? "a" : "b"));
        }
        LayerInfo info = new LayerInfo(new FeatureType(TABLE, GeometryKind.POLYGON,
                List.of(new Field("kind", FieldType.TEXT))), "地块", LayerRole.PLANNING, Provenance.SURVEYED, "", 4490);
        return new Project(null, List.of(new MapLayer(new Layer(info, features), STYLE, true, 1)));
    }

    /** A small hexagon in cell {@code cell} of a 30-column grid of 100 m cells near 111°E 35°N. */
    private static Feature parcel(long id, int cell, String kind) {
        double x = 111.0 + (cell % 30) * 0.0011;
        double y = 35.0 + (cell / 30) * 0.0009;
        Coordinate[] ring = new Coordinate[7];
        for (int k = 0; k < 6; k++) {
            double angle = k * Math.PI / 3;
            ring[k] = new Coordinate(x + 0.0004 * Math.cos(angle), y + 0.0003 * Math.sin(angle));
        }
        ring[6] = ring[0];
        Polygon polygon = FACTORY.createPolygon(ring);
        return new Feature(id, polygon, Map.of("kind", kind));
    }
}
