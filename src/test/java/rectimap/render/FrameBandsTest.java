package rectimap.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.GeometryFactory;
import rectimap.campaign.sample.SampleStyles;
import rectimap.model.Feature;
import rectimap.model.FeatureRef;
import rectimap.model.FeatureType;
import rectimap.model.Field;
import rectimap.model.FieldType;
import rectimap.model.GeometryKind;
import rectimap.model.Layer;
import rectimap.model.LayerInfo;
import rectimap.model.LayerRole;
import rectimap.model.MapLayer;
import rectimap.model.Provenance;
import rectimap.model.style.Rgba;

/**
 * Painting a frame in parallel bands gives exactly the pixels of one pass: areas with outlines and emphasis bands,
 * cased roads crossing the band edges, a translucent layer, highlights and labels.
 */
class FrameBandsTest {

    private static final GeometryFactory FACTORY = new GeometryFactory();
    private static final String[] KINDS = {"街道", "镇", "乡", "开发区"};
    private static final String[] LEVELS = {"高速公路", "国道", "省道", "县道", "乡道", "村道"};

    @Test
    void bandsPaintTheSamePixelsAsOnePass() {
        List<RenderLayer> layers = RenderLayer.forDisplay(List.of(areas(), roads()));
        Envelope extent = new Envelope(layers.get(0).extent());
        extent.expandToInclude(layers.get(1).extent());
        Viewport whole = Viewport.fitting(extent, 900, 700, 0);
        Viewport zoomed = new Viewport(extent.centre().x, extent.centre().y, whole.metresPerPixel() / 1.2, 900, 700);
        Set<FeatureRef> highlights = Set.of(new FeatureRef("township", 40), new FeatureRef("road", 3));
        for (Viewport viewport : List.of(whole, zoomed)) {
            int[] onePass = pixels(layers, viewport, highlights, FramePainting.ONE_PASS);
            int[] bands = pixels(layers, viewport, highlights, FramePainting.BANDS_PER_CORE);
            assertThat(bands).isEqualTo(onePass);
            assertThat(java.util.Arrays.stream(onePass).distinct().count()).isGreaterThan(50);
        }
    }

    private static int[] pixels(List<RenderLayer> layers, Viewport viewport, Set<FeatureRef> highlights,
                                FramePainting painting) {
        ImageSurface surface = new ImageSurface(viewport.widthPx(), viewport.heightPx(), 96, Rgba.hex("#fbfaf7"),
                MapFonts.Choice.BUNDLED);
        RenderStats stats = new MapRenderer(96, painting).render(layers, viewport, surface, highlights);
        assertThat(stats.featuresDrawn()).isGreaterThanOrEqualTo(FrameBands.MIN_FEATURES);
        int[] argb = surface.image().getRGB(0, 0, viewport.widthPx(), viewport.heightPx(), null, 0,
                viewport.widthPx());
        surface.dispose();
        return argb;
    }

    /** 2,400 township-styled areas near 111°E 35°N, every seventh a demonstration town (gold emphasis), labelled. */
    private static MapLayer areas() {
        Random random = new Random(7);
        List<Feature> features = new ArrayList<>();
        for (int i = 0; i < 2_400; i++) {
            double x = 110.9 + (i % 60) * 0.006 + random.nextDouble() * 0.001;
            double y = 34.95 + (i / 60) * 0.006 + random.nextDouble() * 0.001;
            Coordinate[] ring = new Coordinate[9];
            for (int k = 0; k < 8; k++) {
                double r = 0.002 + random.nextDouble() * 0.0015;
                ring[k] = new Coordinate(x + r * Math.cos(k * Math.PI / 4), y + r * Math.sin(k * Math.PI / 4));
            }
            ring[8] = ring[0];
            features.add(new Feature(i + 1, FACTORY.createPolygon(ring), Map.of("kind", KINDS[i % 4],
                    "name", "镇" + i, "demo", i % 7 == 0 ? "示范镇" : "")));
        }
        FeatureType type = new FeatureType("township", GeometryKind.POLYGON, List.of(new Field("kind", FieldType.TEXT),
                new Field("name", FieldType.TEXT), new Field("demo", FieldType.TEXT)));
        LayerInfo info = new LayerInfo(type, "乡镇", LayerRole.REFERENCE, Provenance.SCHEMATIC, "", 4490);
        return new MapLayer(new Layer(info, features), SampleStyles.township(), true, 0.8);
    }

    /** 80 winding roads of every level across the areas. */
    private static MapLayer roads() {
        Random random = new Random(9);
        List<Feature> features = new ArrayList<>();
        for (int r = 0; r < 80; r++) {
            double x = 110.9 + random.nextDouble() * 0.36;
            double y = 34.95 + random.nextDouble() * 0.24;
            double heading = random.nextDouble() * 2 * Math.PI;
            Coordinate[] line = new Coordinate[60];
            for (int v = 0; v < line.length; v++) {
                line[v] = new Coordinate(x, y);
                heading += (random.nextDouble() - 0.5) * 0.4;
                x += 0.001 * Math.cos(heading);
                y += 0.001 * Math.sin(heading);
            }
            features.add(new Feature(r + 1, FACTORY.createLineString(line),
                    Map.of("level", LEVELS[r % LEVELS.length], "name", "路" + r)));
        }
        FeatureType type = new FeatureType("road", GeometryKind.LINESTRING,
                List.of(new Field("level", FieldType.TEXT), new Field("name", FieldType.TEXT)));
        LayerInfo info = new LayerInfo(type, "道路", LayerRole.REFERENCE, Provenance.SCHEMATIC, "", 4490);
        return new MapLayer(new Layer(info, features), SampleStyles.road(), true, 1);
    }
}
