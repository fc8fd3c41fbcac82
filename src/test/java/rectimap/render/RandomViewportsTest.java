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
import org.locationtech.jts.geom.LinearRing;
import rectimap.campaign.sample.SampleStyles;
import rectimap.model.Feature;
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
 * A property of the renderer: over thousands of random viewports of a dense grid of small polygons with holes (the
 * shape of the 100,000-polygon stress set) — sub-pixel centre offsets, scales from the whole extent to a few percent
 * of it, odd image sizes — painting never throws and the banded painter gives exactly the pixels of one pass.
 * The stress frame at 1% of its extent, centred, threw {@code ArrayIndexOutOfBoundsException: Index -1} in
 * {@code AreaFills.line}; a batch of small areas whose box was small only within one band was filled by another
 * algorithm there; and the classes were painted in an identity map's order, which differed between a band (first
 * met in its own features) and the whole frame, and from run to run.
 */
class RandomViewportsTest {

    private static final GeometryFactory FACTORY = new GeometryFactory();
    private static final String[] KINDS = {"街道", "镇", "乡", "开发区"};
    private static final int GRID = 150;
    private static final int VIEWPORTS = 2_000;

    @Test
    void randomViewportsPaintWithoutFailureAndBandsMatchOnePass() {
        List<RenderLayer> layers = RenderLayer.forDisplay(List.of(grid()));
        Envelope extent = layers.get(0).extent();
        Random random = new Random(20_261_207L);
        int banded = 0;
        for (int frame = 0; frame < VIEWPORTS; frame++) {
            int width = 200 + random.nextInt(360);
            int height = 256 + random.nextInt(300);
            double share = Math.pow(10, -random.nextDouble() * 1.4);
            double metresPerPixel = extent.getWidth() * share / width;
            double centreX = extent.centre().x;
            double centreY = extent.centre().y;
            if (frame % 4 != 0) {
                centreX += (random.nextDouble() - 0.5) * extent.getWidth() * 0.6;
                centreY += (random.nextDouble() - 0.5) * extent.getHeight() * 0.6;
            }
            centreX += random.nextDouble() * metresPerPixel;
            centreY += random.nextDouble() * metresPerPixel;
            Viewport viewport = new Viewport(centreX, centreY, metresPerPixel, width, height);
            Frame onePass = paint(layers, viewport, FramePainting.ONE_PASS);
            Frame bands = paint(layers, viewport, FramePainting.BANDS_PER_CORE);
            assertThat(differences(onePass.pixels(), bands.pixels(), width)).as("frame %d: %s", frame, viewport)
                    .isEmpty();
            if (bands.featuresDrawn() >= FrameBands.MIN_FEATURES) {
                banded++;
            }
        }
        assertThat(banded).as("frames painted in bands").isGreaterThan(VIEWPORTS / 3);
    }

    /** Where two frames differ: the first few pixels as "x,y", so a failure says where without dumping images. */
    private static List<String> differences(int[] expected, int[] actual, int width) {
        List<String> places = new ArrayList<>();
        for (int i = 0; i < expected.length && places.size() < 8; i++) {
            if (expected[i] != actual[i]) {
                places.add(i % width + "," + i / width + " " + Integer.toHexString(expected[i]) + "≠"
                        + Integer.toHexString(actual[i]));
            }
        }
        return places;
    }

    private record Frame(int[] pixels, int featuresDrawn) {
    }

    private static Frame paint(List<RenderLayer> layers, Viewport viewport, FramePainting painting) {
        ImageSurface surface = new ImageSurface(viewport.widthPx(), viewport.heightPx(), 96, Rgba.hex("#fbfaf7"),
                MapFonts.Choice.BUNDLED);
        try {
            RenderStats stats = new MapRenderer(96, painting).render(layers, viewport, surface, Set.of());
            int[] argb = surface.image().getRGB(0, 0, viewport.widthPx(), viewport.heightPx(), null, 0,
                    viewport.widthPx());
            return new Frame(argb, stats.featuresDrawn());
        } finally {
            surface.dispose();
        }
    }

    /** 22,500 hexagon-to-dodecagon areas on a jittered grid near 111°E 35°N, every tenth with a hole, unlabelled. */
    private static MapLayer grid() {
        Random random = new Random(7);
        double cell = 0.0004;
        List<Feature> features = new ArrayList<>(GRID * GRID);
        for (int i = 0; i < GRID * GRID; i++) {
            double cx = 110.95 + (i % GRID + 0.5 + (random.nextDouble() - 0.5) * 0.2) * cell;
            double cy = 35.0 + (i / GRID + 0.5 + (random.nextDouble() - 0.5) * 0.2) * cell;
            LinearRing shell = ring(cx, cy, cell * 0.42, 6 + random.nextInt(7), random);
            LinearRing[] holes = i % 10 == 0
                    ? new LinearRing[] {ring(cx, cy, cell * 0.12, 5, random)}
                    : new LinearRing[0];
            features.add(new Feature(i + 1, FACTORY.createPolygon(shell, holes), Map.of("kind", KINDS[i % 4])));
        }
        FeatureType type = new FeatureType("grid", GeometryKind.POLYGON, List.of(new Field("kind", FieldType.TEXT)));
        LayerInfo info = new LayerInfo(type, "网格", LayerRole.REFERENCE, Provenance.SCHEMATIC, "", 4490);
        return new MapLayer(new Layer(info, features), SampleStyles.township(), true, 0.8);
    }

    private static LinearRing ring(double cx, double cy, double radius, int corners, Random random) {
        Coordinate[] points = new Coordinate[corners + 1];
        for (int k = 0; k < corners; k++) {
            double r = radius * (0.75 + 0.25 * random.nextDouble());
            double angle = 2 * Math.PI * k / corners;
            points[k] = new Coordinate(cx + r * Math.cos(angle), cy + r * Math.sin(angle));
        }
        points[corners] = points[0];
        return FACTORY.createLinearRing(points);
    }
}
