package rectimap.edit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import rectimap.model.ChangeSet;
import rectimap.model.Feature;
import rectimap.model.FeatureChange;
import rectimap.model.FeatureConflict;
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
import rectimap.model.StepConflict;

/** Mine, theirs and combine on a refused step: the untouched change stays, the conflicted one is settled. */
class ConflictResolutionTest {
    private static final GeometryFactory GEOMETRY = new GeometryFactory();
    private static final LayerInfo INFO = new LayerInfo(new FeatureType("site", GeometryKind.POINT,
            List.of(new Field("name", FieldType.TEXT), new Field("note", FieldType.TEXT))), "站点", LayerRole.PLANNING,
            Provenance.SURVEYED, "", 4490);

    private static Feature f(long id, double x, String name, String note) {
        return new Feature(id, GEOMETRY.createPoint(new Coordinate(x, 35)), Map.of("name", name, "note", note));
    }

    private final Feature base = f(1, 111.0, "甲", "旧");
    private final Feature theirs = f(1, 111.0, "甲", "他们的备注");
    private final Feature mine = f(1, 111.5, "乙", "旧");
    private final FeatureChange other = FeatureChange.added("site", f(9, 111.2, "丙", ""));
    private final StepConflict refused = new StepConflict(Path.of("p"), new ChangeSet("移动并改名",
            List.of(FeatureChange.replaced("site", base, mine), other)),
            List.of(new FeatureConflict("site", 1, base, mine, theirs, "jiezhou")));
    private final Project now = new Project(Path.of("p"), List.of(new MapLayer(new Layer(INFO, List.of(theirs)),
            rectimap.model.style.LayerStyle.simple(rectimap.model.style.Symbolizer.marker(
                    rectimap.model.style.MarkerShape.CIRCLE, 2, rectimap.model.style.Rgba.BLACK,
                    rectimap.model.style.Rgba.BLACK)), true, 1.0)));

    @Test
    void mineIsAppliedOverTheirs() {
        ChangeSet step = ConflictResolution.resolve(refused, ConflictChoice.MINE, now);
        assertThat(step.changes()).containsExactly(FeatureChange.replaced("site", theirs, mine), other);
    }

    @Test
    void theirsDropsMyChangeButKeepsTheRest() {
        assertThat(ConflictResolution.resolve(refused, ConflictChoice.THEIRS, now).changes()).containsExactly(other);
    }

    @Test
    void combineTakesWhatEachSideChanged() {
        Feature combined = ConflictResolution.resolve(refused, ConflictChoice.COMBINE, now).changes().get(0).after();
        assertThat(combined.geometry()).isEqualTo(mine.geometry());
        assertThat(combined.attributes()).isEqualTo(Map.of("name", "乙", "note", "他们的备注"));
    }

    @Test
    void fieldByFieldTheUserKeepsTheirNoteAndMyNameOnTheirPlace() {
        ChangeSet step = ConflictResolution.resolve(refused, c -> new ConflictPick(false, java.util.Set.of("name")), now);
        assertThat(step.changes()).containsExactly(FeatureChange.replaced("site", theirs,
                f(1, 111.0, "乙", "他们的备注")), other);
    }

    @Test
    void pickingNothingOfMineIsTheirs() {
        assertThat(ConflictResolution.resolve(refused, c -> ConflictPick.none(), now))
                .isEqualTo(ConflictResolution.resolve(refused, ConflictChoice.THEIRS, now));
    }
}
