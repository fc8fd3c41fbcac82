package rectimap.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Envelope;

class ViewportTest {
    private final Viewport view = new Viewport(500_000, 3_875_000, 10, 800, 600);

    @Test
    void screenAndMapCoordinatesAreInverse() {
        assertThat(view.toScreenX(500_000)).isEqualTo(400);
        assertThat(view.toScreenY(3_875_000)).isEqualTo(300);
        assertThat(view.toMapX(view.toScreenX(501_234.5))).isCloseTo(501_234.5, within(1e-6));
        assertThat(view.toMapY(view.toScreenY(3_870_001.25))).isCloseTo(3_870_001.25, within(1e-6));
        // Screen y grows downward while northing grows upward.
        assertThat(view.toScreenY(3_875_100)).isLessThan(300);
    }

    @Test
    void zoomKeepsTheMapPointUnderTheCursor() {
        double mapX = view.toMapX(123);
        double mapY = view.toMapY(456);
        Viewport zoomed = view.zoomedAt(2.5, 123, 456);
        assertThat(zoomed.metresPerPixel()).isCloseTo(4, within(1e-12));
        assertThat(zoomed.toMapX(123)).isCloseTo(mapX, within(1e-6));
        assertThat(zoomed.toMapY(456)).isCloseTo(mapY, within(1e-6));
    }

    @Test
    void panMovesTheDrawingWithThePointer() {
        Viewport panned = view.pannedBy(50, -20);
        // The map point that was at (400,300) is now drawn at (450,280).
        assertThat(panned.toScreenX(500_000)).isCloseTo(450, within(1e-9));
        assertThat(panned.toScreenY(3_875_000)).isCloseTo(280, within(1e-9));
    }

    @Test
    void fittingShowsTheWholeExtentCentred() {
        Envelope extent = new Envelope(480_000, 520_000, 3_850_000, 3_910_000);
        Viewport fitted = Viewport.fitting(extent, 800, 600, 20);
        assertThat(fitted.visibleExtent().contains(extent)).isTrue();
        assertThat(fitted.metresPerPixel()).isCloseTo(60_000 / 560.0, within(1e-9));
        assertThat(fitted.centerX()).isEqualTo(500_000);
        assertThat(fitted.centerY()).isEqualTo(3_880_000);
    }

    @Test
    void scaleDenominatorFollowsPixelSizeAndDpi() {
        // At 96 dpi a pixel is 0.2645833 mm; 10 m per pixel is 1:37,795.
        assertThat(view.scaleDenominator(96)).isCloseTo(37_795.28, within(0.01));
        Viewport atScale = view.atScale(50_000, 96);
        assertThat(atScale.scaleDenominator(96)).isCloseTo(50_000, within(1e-6));
        assertThat(atScale.centerX()).isEqualTo(view.centerX());
    }

    @Test
    void resizeKeepsCentreAndPixelSize() {
        Viewport resized = view.resized(1024, 768);
        assertThat(resized.centerX()).isEqualTo(view.centerX());
        assertThat(resized.metresPerPixel()).isEqualTo(view.metresPerPixel());
        assertThat(resized.visibleExtent().getWidth()).isEqualTo(10_240);
    }

    @Test
    void refusesADegenerateView() {
        assertThatThrownBy(() -> new Viewport(0, 0, 0, 10, 10)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Viewport(0, 0, 1, 0, 10)).isInstanceOf(IllegalArgumentException.class);
    }
}
