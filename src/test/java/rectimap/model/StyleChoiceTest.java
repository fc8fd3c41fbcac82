package rectimap.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import rectimap.model.style.ClassColouring;
import rectimap.model.style.LabelRule;
import rectimap.model.style.LayerStyle;
import rectimap.model.style.Rgba;
import rectimap.model.style.StyleChoice;
import rectimap.model.style.Symbolizer;

class StyleChoiceTest {
    private static final Symbolizer BASE = Symbolizer.area(Rgba.hex("#cccccc"), Rgba.hex("#333333"), 0.3);
    private static final LayerStyle CLASSIFIED = new LayerStyle(BASE, "kind",
            Map.of("示范镇", Symbolizer.area(Rgba.hex("#ffcc00"), Rgba.hex("#996600"), 0.5)),
            new LabelRule("name", 60_000, 2.7, Rgba.BLACK, Rgba.WHITE, 20));

    @Test
    void choosingWhatTheStyleHasChangesNothing() {
        assertThat(StyleChoice.of(CLASSIFIED).applyTo(CLASSIFIED)).isEqualTo(CLASSIFIED);
    }

    @Test
    void aNewOutlineReachesEveryClassButClassColoursStay() {
        StyleChoice was = StyleChoice.of(CLASSIFIED);
        LayerStyle styled = new StyleChoice(was.fill().withAlpha(0.5), Rgba.hex("#ff0000"), 1.0, was.pointSizeMm(),
                was.labelField(), ClassColouring.BY_CLASS).applyTo(CLASSIFIED);

        Symbolizer demo = styled.classes().get("示范镇");
        assertThat(demo.stroke()).isEqualTo(Rgba.hex("#ff0000"));
        assertThat(demo.strokeWidthMm()).isEqualTo(1.0);
        assertThat(demo.fill()).isEqualTo(Rgba.hex("#ffcc00").withAlpha(0.5));
        assertThat(styled.base().fill()).isEqualTo(Rgba.hex("#cccccc").withAlpha(0.5));
        assertThat(styled.label()).isEqualTo(CLASSIFIED.label());
    }

    @Test
    void singleSymbolDropsTheClassesAndLabelsFollowTheField() {
        StyleChoice was = StyleChoice.of(CLASSIFIED);
        LayerStyle single = new StyleChoice(was.fill(), was.outline(), was.outlineWidthMm(), was.pointSizeMm(),
                "code", ClassColouring.SINGLE).applyTo(CLASSIFIED);
        LayerStyle unlabelled = new StyleChoice(was.fill(), was.outline(), was.outlineWidthMm(), was.pointSizeMm(),
                null, ClassColouring.BY_CLASS).applyTo(CLASSIFIED);

        assertThat(single.classes()).isEmpty();
        assertThat(single.classField()).isNull();
        assertThat(single.label()).isEqualTo(new LabelRule("code", 60_000, 2.7, Rgba.BLACK, Rgba.WHITE, 20));
        assertThat(unlabelled.label()).isNull();
        assertThat(unlabelled.classes()).isEqualTo(CLASSIFIED.classes());
    }
}
