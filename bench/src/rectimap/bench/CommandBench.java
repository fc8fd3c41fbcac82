package rectimap.bench;

import java.nio.file.Path;
import java.util.List;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import rectimap.campaign.planning.PlanningRules;
import rectimap.campaign.planning.ResponsibilityAreaSchema;
import rectimap.campaign.sample.SampleStyles;
import rectimap.edit.EditCommand;
import rectimap.edit.EditSession;
import rectimap.edit.GeometryEdit;
import rectimap.edit.MoveFeaturesCommand;
import rectimap.edit.OverlapPolicy;
import rectimap.edit.ReplaceGeometryCommand;
import rectimap.edit.SplitPolygonCommand;
import rectimap.edit.UndoHistory;
import rectimap.edit.UpdateAttributesCommand;
import rectimap.model.Feature;
import rectimap.model.GeometryKind;
import rectimap.model.Layer;
import rectimap.model.MapLayer;
import rectimap.model.Project;

/**
 * What an edit costs on the FX thread with 100,000 responsibility areas in the layer: building the command (rules,
 * derived area, avoid-overlap against same-kind neighbours) and applying its step to the immutable project, without
 * the journal (its disk time is {@link EditBench}'s). 300 edits of each kind after 50 warm-up ones; p50/p95 in ms.
 * Run: {@code bench/run commands}.
 */
public final class CommandBench {
    private static final int POLYGONS = 100_000;
    private static final int WARM_UP = 50;
    private static final int EDITS = 300;
    private static final String TABLE = ResponsibilityAreaSchema.TABLE;

    private CommandBench() {
    }

    /** One kind of edit, made for the i-th round. */
    private interface EditMaker {
        EditCommand make(EditSession session, int round);
    }

    public static void main(String[] args) throws Exception {
        Layer layer = PlanningPolygons.layer(POLYGONS);
        Project project = new Project(Path.of("bench.gpkg"), List.of(new MapLayer(layer,
                SampleStyles.defaultFor(GeometryKind.MULTIPOLYGON), true, 1.0)));
        EditSession session = new EditSession(project, new UndoHistory(), null, PlanningRules.INSTANCE);
        System.out.printf("commands, %,d responsibility areas in the layer (build + apply, no journal)%n", POLYGONS);
        report("update attributes", session, (s, i) -> new UpdateAttributesCommand(TABLE, id(i),
                java.util.Map.of("person", "李" + i)));
        report("replace geometry (vertex drag)", session, (s, i) -> new ReplaceGeometryCommand(TABLE, id(i),
                shifted(s, id(i)), GeometryEdit.VERTICES, OverlapPolicy.AVOID));
        report("move 100 m east", session, (s, i) -> new MoveFeaturesCommand(TABLE, List.of(id(i)), 100, 0,
                OverlapPolicy.AVOID));
        report("split", session, (s, i) -> new SplitPolygonCommand(TABLE, id(i), cutThrough(s, id(i))));
    }

    private static void report(String what, EditSession session, EditMaker maker) throws Exception {
        double[] ms = new double[EDITS];
        for (int i = 0; i < WARM_UP + EDITS; i++) {
            EditCommand command = maker.make(session, i);
            long start = System.nanoTime();
            session.run(command);
            if (i >= WARM_UP) {
                ms[i - WARM_UP] = (System.nanoTime() - start) / 1e6;
            }
        }
        System.out.printf("  %-32s p50 %.1f ms, p95 %.1f ms%n", what, Percentiles.of(ms, 50), Percentiles.of(ms, 95));
    }

    /** Features spread over the table; each round touches a different one, by a prime stride. */
    private static long id(int round) {
        return 1 + (round * 7919L) % POLYGONS;
    }

    private static Feature feature(EditSession session, long id) {
        return session.project().layer(TABLE).orElseThrow().layer().feature(id).orElseThrow();
    }

    /** The feature's geometry with its first vertex pulled 20 m outwards-ish (into a neighbour's way: clips). */
    private static Geometry shifted(EditSession session, long id) {
        Geometry geometry = feature(session, id).geometry().copy();
        geometry.getCoordinates()[0].x += 0.0003;
        geometry.getCoordinates()[geometry.getNumPoints() - 1].x += 0.0003;
        geometry.geometryChanged();
        return geometry;
    }

    private static LineString cutThrough(EditSession session, long id) {
        var box = feature(session, id).geometry().getEnvelopeInternal();
        double x = box.centre().x;
        return feature(session, id).geometry().getFactory().createLineString(new Coordinate[]{
                new Coordinate(x, box.getMinY() - 0.001),
                new Coordinate(x, box.getMaxY() + 0.001)});
    }
}
