package rectimap.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import rectimap.campaign.sample.SampleStyles;
import rectimap.model.Feature;
import rectimap.model.FeatureRef;
import rectimap.model.FeatureType;
import rectimap.model.GeometryKind;
import rectimap.model.Layer;
import rectimap.model.LayerInfo;
import rectimap.model.LayerRole;
import rectimap.model.MapLayer;
import rectimap.model.Provenance;
import rectimap.model.style.Rgba;

/** The renderer on a real image surface: visibility, culling, label scale thresholds and highlights. */
class MapRendererTest {

    private static final Rgba PAPER = Rgba.WHITE;

    private static RenderLayer villages() {
        GeometryFactory geometry = new GeometryFactory();
        List<Feature> features = new ArrayList<>();
        String[] names = {"雷家坡村委会", "西张耿村委会", "牛庄村委会"};
        for (int i = 0; i < names.length; i++) {
            features.add(new Feature(i + 1, geometry.createPoint(new Coordinate(500_000 + i * 1_500, 3_870_000)),
                    Map.of("name", names[i], "kind", "村委会", "culture", i == 0 ? "文化体验村" : "")));
        }
        LayerInfo info = new LayerInfo(new FeatureType("village", GeometryKind.POINT, List.of()), "村",
                LayerRole.REFERENCE, Provenance.SCHEMATIC, "", 4546);
        return RenderLayer.build(new MapLayer(new Layer(info, features), SampleStyles.village(), true, 1),
                UnaryOperator.identity());
    }

    private static RenderStats render(List<RenderLayer> layers, Viewport viewport, Set<FeatureRef> highlights,
                                      ImageSurface surface) {
        return MapRenderer.forScreen().render(layers, viewport, surface, highlights);
    }

    private static ImageSurface surface() {
        return new ImageSurface(600, 400, 96, PAPER, MapFonts.Choice.BUNDLED);
    }

    @Test
    void villageNamesShowOnScreenOnlyFromTownshipScaleIn() {
        RenderLayer layer = villages();
        Viewport near = new Viewport(501_500, 3_870_000, 1, 600, 400).atScale(20_000, 96);
        Viewport township = near.atScale(100_000, 96);
        Viewport far = near.atScale(150_000, 96);

        assertThat(render(List.of(layer), near, Set.of(), surface()).labelsPlaced()).isEqualTo(3);
        // 1.5 km apart is 15 mm at 1:100,000: the labels beside the markers crowd each other, some still fit.
        assertThat(render(List.of(layer), township, Set.of(), surface()).labelsPlaced()).isPositive();
        assertThat(render(List.of(layer), far, Set.of(), surface()).labelsPlaced()).isZero();
    }

    @Test
    void hiddenLayersAndFeaturesOutsideTheViewAreNotDrawn() {
        RenderLayer layer = villages();
        Viewport onFirstOnly = new Viewport(500_000, 3_870_000, 2, 600, 400);
        RenderLayer hidden = layer.withMapLayer(layer.mapLayer().withVisible(false));

        assertThat(render(List.of(layer), onFirstOnly, Set.of(), surface()).featuresDrawn()).isEqualTo(1);
        ImageSurface blank = surface();
        assertThat(render(List.of(hidden), onFirstOnly, Set.of(), blank).featuresDrawn()).isZero();
        assertThat(countNear(blank.image(), 0xffffff, 300, 200, 20)).isEqualTo(41 * 41);
    }

    @Test
    void aHighlightedFeatureGetsAMagentaRing() {
        RenderLayer layer = villages();
        Viewport view = new Viewport(500_000, 3_870_000, 2, 600, 400);
        ImageSurface plain = surface();
        ImageSurface highlighted = surface();

        render(List.of(layer), view, Set.of(), plain);
        render(List.of(layer), view, Set.of(new FeatureRef("village", 1)), highlighted);

        assertThat(countNear(plain.image(), 0xff00c8, 300, 200, 20)).isZero();
        assertThat(countNear(highlighted.image(), 0xff00c8, 300, 200, 20)).isGreaterThan(20);
    }

    @Test
    void layerOpacityLightensWhatTheLayerDraws() {
        RenderLayer layer = villages();
        Viewport view = new Viewport(501_500, 3_870_000, 2, 600, 400);
        ImageSurface opaque = surface();
        ImageSurface faint = surface();

        render(List.of(layer), view, Set.of(), opaque);
        render(List.of(layer.withMapLayer(layer.mapLayer().withOpacity(0.3))), view, Set.of(), faint);

        // The second village's circle (#5b8fd9, no flag) at the centre: blue channel in full at opacity 1.
        int full = opaque.image().getRGB(300, 200) & 0xff;
        int light = faint.image().getRGB(300, 200);
        assertThat(full).isCloseTo(0xd9, org.assertj.core.data.Offset.offset(8));
        // Red channel: 0.3 × 0x5b + 0.7 × 0xff ≈ 206.
        assertThat((light >> 16) & 0xff).isCloseTo(206, org.assertj.core.data.Offset.offset(3));
    }

    private static int countNear(BufferedImage image, int rgb, int cx, int cy, int radius) {
        int hits = 0;
        for (int y = cy - radius; y <= cy + radius; y++) {
            for (int x = cx - radius; x <= cx + radius; x++) {
                int p = image.getRGB(x, y);
                if (Math.abs(((p >> 16) & 0xff) - ((rgb >> 16) & 0xff)) <= 30
                        && Math.abs(((p >> 8) & 0xff) - ((rgb >> 8) & 0xff)) <= 30
                        && Math.abs((p & 0xff) - (rgb & 0xff)) <= 30) {
                    hits++;
                }
            }
        }
        return hits;
    }
}
