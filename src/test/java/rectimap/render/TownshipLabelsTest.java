package rectimap.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Point;
import rectimap.geo.CrsTransform;
import rectimap.geo.Epsg;
import rectimap.model.Feature;
import rectimap.model.Project;
import rectimap.model.style.Rgba;
import rectimap.print.PrintFixtureAccess;

/**
 * Labels at township scale on the sample with its planning layers, as the screen draws them: around 解州镇 at
 * 1:70,000 the villages are named, and no road label only repeats a village name shown (e.g. "…村委会进村路").
 */
class TownshipLabelsTest {

    private static final String TOWNSHIP = "解州镇";
    private static Project project;
    private static List<RenderLayer> layers;
    private static final CrsTransform TO_DISPLAY = CrsTransform.between(Epsg.CGCS2000, Epsg.CGCS2000_GK_CM_111E);

    @BeforeAll
    static void load() {
        project = PrintFixtureAccess.project();
        layers = RenderLayer.forDisplay(project.layers());
    }

    private static List<String> labelsAt(double scale) {
        Feature town = project.layer("township").orElseThrow().layer().features().stream()
                .filter(f -> TOWNSHIP.equals(f.text("name"))).findFirst().orElseThrow();
        Point centre = TO_DISPLAY.apply(town.geometry()).getInteriorPoint();
        Viewport view = new Viewport(centre.getX(), centre.getY(), 1, 1400, 900).atScale(scale, MapRenderer.SCREEN_DPI);
        TextRecordingSurface surface = new TextRecordingSurface(
                new ImageSurface(1400, 900, MapRenderer.SCREEN_DPI, Rgba.WHITE, MapFonts.Choice.BUNDLED));
        MapRenderer.forScreen().render(layers, view, surface, Set.of());
        return surface.texts();
    }

    /** The names of the township's villages whose point lies in the middle of a 1400 × 900 view at 1:N. */
    private static List<String> villagesInView(double scale) {
        Feature town = project.layer("township").orElseThrow().layer().features().stream()
                .filter(f -> TOWNSHIP.equals(f.text("name"))).findFirst().orElseThrow();
        Point centre = TO_DISPLAY.apply(town.geometry()).getInteriorPoint();
        Envelope inner = new Viewport(centre.getX(), centre.getY(), 1, 1400, 900)
                .atScale(scale, MapRenderer.SCREEN_DPI).visibleExtent();
        inner.expandBy(-inner.getWidth() * 0.1, -inner.getHeight() * 0.1);
        return project.layer("village").orElseThrow().layer().features().stream()
                .filter(v -> TOWNSHIP.equals(v.text("township")))
                .filter(v -> inner.contains(TO_DISPLAY.apply(v.geometry()).getCoordinate()))
                .map(v -> v.text("name")).toList();
    }

    @Test
    void atOneToSeventyThousandTheTownshipsVillagesAreNamed() {
        List<String> labels = labelsAt(70_000);
        List<String> villages = villagesInView(70_000);

        assertThat(villages).hasSizeGreaterThanOrEqualTo(10);
        long named = villages.stream().filter(labels::contains).count();
        assertThat(named).as("villages named of %s: %s", villages, labels).isGreaterThanOrEqualTo(
                Math.round(villages.size() * 0.8));
        assertNoLabelRepeatsAShownVillage(labels);
    }

    @Test
    void whereRoadsAreNamedTooAVillagesAccessRoadGivesWayToTheVillage() {
        List<String> labels = labelsAt(40_000);
        List<String> villages = villagesInView(40_000);

        assertThat(labels).containsAnyElementsOf(villages);
        assertNoLabelRepeatsAShownVillage(labels);
    }

    private static void assertNoLabelRepeatsAShownVillage(List<String> labels) {
        Set<String> villageNames = Set.copyOf(project.layer("village").orElseThrow().layer().features().stream()
                .map(v -> v.text("name")).toList());
        List<String> shownVillages = labels.stream().filter(villageNames::contains).toList();
        for (String label : labels) {
            for (String village : shownVillages) {
                assertThat(label.startsWith(village) && !label.equals(village))
                        .as("label %s repeats the shown village %s", label, village).isFalse();
            }
        }
    }
}
