package rectimap.edit;

import static org.assertj.core.api.Assertions.assertThat;
import static rectimap.edit.EditFixture.AREAS;

import org.junit.jupiter.api.Test;
import rectimap.model.MapLayer;
import rectimap.model.Project;
import rectimap.model.style.ClassColouring;
import rectimap.model.style.LayerStyle;
import rectimap.model.style.Rgba;
import rectimap.model.style.StyleChoice;

class SetLayerStyleCommandTest {

    @Test
    void restylingIsOneNamedStepAndUndoGivesBackTheWholeOldStyle() throws CommandRefused {
        EditSession session = EditFixture.session();
        LayerStyle old = style(session.project(), AREAS);
        LayerStyle chosen = new StyleChoice(Rgba.hex("#2e7d32").withAlpha(0.4), Rgba.hex("#1b5e20"), 0.8, 2.5,
                "person", ClassColouring.SINGLE).applyTo(old);

        CommandResult result = new SetLayerStyleCommand(AREAS, chosen).build(session.project(), session.rules());
        Project after = EditFixture.executeUndoRedoViews(session, result.changes());

        assertThat(result.changes().name()).isEqualTo("修改样式 责任区");
        assertThat(style(after, AREAS)).isEqualTo(chosen);
        assertThat(style(after, AREAS).base().fill()).isEqualTo(new Rgba(0x2e, 0x7d, 0x32, 0.4));
        assertThat(style(after, AREAS).label().field()).isEqualTo("person");
        session.undo();
        assertThat(style(session.project(), AREAS)).isEqualTo(old);
    }

    @Test
    void aReferenceLayersLookMayChangeThoughItsDataMayNot() throws CommandRefused {
        EditSession session = EditFixture.session();
        LayerStyle old = style(session.project(), "township");
        LayerStyle thicker = new StyleChoice(old.base().fill(), Rgba.BLACK, 1.2, old.base().markerSizeMm(), null,
                ClassColouring.SINGLE).applyTo(old);

        session.run(new SetLayerStyleCommand("township", thicker));

        assertThat(style(session.project(), "township").base().strokeWidthMm()).isEqualTo(1.2);
        assertThat(session.history().undoName()).contains("修改样式 乡镇街道（示意）");
    }

    private static LayerStyle style(Project project, String table) {
        return project.layer(table).map(MapLayer::style).orElseThrow();
    }
}
