package rectimap.ui.map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import rectimap.render.Viewport;

class PreviewTransformTest {
    private final Viewport painted = new Viewport(500_000, 3_875_000, 20, 1000, 700);

    @Test
    void aMapPointPaintedForOneViewLandsWhereTheOtherViewWouldDrawIt() {
        Viewport current = painted.pannedBy(37, -12).zoomedAt(1.25, 300, 200).zoomedAt(1.25, 640, 90);
        PreviewTransform t = PreviewTransform.between(painted, current);
        double[][] mapPoints = {{500_000, 3_875_000}, {493_210.5, 3_881_004}, {507_777, 3_869_123.25}};
        for (double[] p : mapPoints) {
            double x = painted.toScreenX(p[0]);
            double y = painted.toScreenY(p[1]);
            assertThat(t.scale() * x + t.translateX()).isCloseTo(current.toScreenX(p[0]), within(1e-6));
            assertThat(t.scale() * y + t.translateY()).isCloseTo(current.toScreenY(p[1]), within(1e-6));
        }
        assertThat(t.scale()).isCloseTo(1.5625, within(1e-12));
    }

    @Test
    void theSameViewNeedsNoTransform() {
        PreviewTransform t = PreviewTransform.between(painted, painted);
        assertThat(t.scale()).isEqualTo(1);
        assertThat(t.translateX()).isCloseTo(0, within(1e-9));
        assertThat(t.translateY()).isCloseTo(0, within(1e-9));
    }
}
