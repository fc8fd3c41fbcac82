package rectimap.edit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static rectimap.edit.EditFixture.AREAS;
import static rectimap.edit.EditFixture.byId;
import static rectimap.edit.EditFixture.cadre;
import static rectimap.edit.EditFixture.values;
import static rectimap.edit.EditFixture.wkt;

import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import rectimap.geo.Measure;
import rectimap.model.Feature;
import rectimap.model.FeatureChange;
import rectimap.model.Project;

class AddFeatureCommandTest {
    /** North of the cadre areas, touching none. */
    private static final String NORTH =
            "POLYGON ((110.90 35.03, 110.91 35.03, 110.91 35.04, 110.90 35.04, 110.90 35.03))";

    @Test
    void aDrawnAreaGetsTheNextIdItsEllipsoidalAreaAndUndoesExactly() throws CommandRefused {
        EditSession session = EditFixture.session();
        Geometry drawn = wkt(NORTH);

        CommandResult result = new AddFeatureCommand(AREAS, drawn, cadre("北关村")).build(session.project(),
                session.rules());
        Project after = EditFixture.executeUndoRedo(session, result.changes());

        Feature added = byId(after, AREAS).get(4L);
        assertThat(result.changes().name()).isEqualTo("新建 解州镇-4 责任区");
        assertThat(result.clipped()).isFalse();
        assertThat(added.geometry().getGeometryType()).isEqualTo("MultiPolygon");
        assertThat(added.geometry().getSRID()).isEqualTo(4490);
        assertThat(added.geometry().equalsTopo(drawn)).isTrue();
        assertThat(added.get("area_m2")).isEqualTo(Measure.areaM2(drawn));
        assertThat((Double) added.get("area_mu")).isCloseTo(Measure.areaM2(drawn) * 15 / 10_000, within(1e-9));
        assertThat(added.get("village")).isEqualTo("北关村");
        assertThat(drawn.getSRID()).as("the caller's geometry is left alone").isZero();
    }

    @Test
    void anAreaOverlappingSameKindNeighboursIsClippedAndSaysSo() throws CommandRefused {
        EditSession session = EditFixture.session();
        Geometry drawn = wkt("POLYGON ((110.905 34.995, 110.915 34.995, 110.915 35.005, 110.905 35.005, "
                + "110.905 34.995))");

        CommandResult result = session.run(new AddFeatureCommand(AREAS, drawn, cadre("南关村")));

        Feature added = byId(session.project(), AREAS).get(4L);
        // the clip keeps the corner where the neighbours meet (110.91 35.0): edges are geodesics on the ellipsoid,
        // so that vertex is part of the shape, not a redundant point on a parallel
        Geometry expected = wkt("POLYGON ((110.905 34.995, 110.915 34.995, 110.915 35.0, 110.91 35.0, "
                + "110.905 35.0, 110.905 34.995))");
        assertThat(added.geometry().equalsTopo(expected)).isTrue();
        assertThat(added.geometry().getNumPoints()).isEqualTo(6);
        assertThat(result.clips()).singleElement().satisfies(clip -> {
            assertThat(clip.featureId()).isEqualTo(4L);
            assertThat(clip.neighbourIds()).containsExactly(1L, 2L);
            assertThat(clip.removedM2()).isCloseTo(Measure.areaM2(drawn) - Measure.areaM2(expected), within(0.01));
            assertThat(clip.label()).startsWith("已避让 2 个相邻同类区域，裁去 ");
        });
        assertThat(added.get("area_m2")).isEqualTo(Measure.areaM2(added.geometry()));
    }

    @Test
    void anotherKindOrAllowingOverlapKeepsTheDrawnShape() throws CommandRefused {
        EditSession session = EditFixture.session();
        Geometry drawn = wkt("POLYGON ((110.905 34.995, 110.915 34.995, 110.915 35.005, 110.905 35.005, "
                + "110.905 34.995))");

        CommandResult patrol = new AddFeatureCommand(AREAS, drawn, values("kind", "巡逻片区", "person", "王某"))
                .build(session.project(), session.rules());
        CommandResult allowed = new AddFeatureCommand(AREAS, drawn, cadre("南关村"), OverlapPolicy.ALLOW)
                .build(session.project(), session.rules());

        assertThat(patrol.clipped()).isFalse();
        assertThat(allowed.clipped()).isFalse();
        assertThat(patrol.changes().changes().get(0).after().geometry().equalsTopo(drawn)).isTrue();
        assertThat(allowed.changes().changes().get(0).after().geometry().equalsTopo(drawn)).isTrue();
    }

    @Test
    void anAreaInsideASameKindNeighbourIsRefused() {
        Geometry inside = wkt("POLYGON ((110.901 35.001, 110.902 35.001, 110.902 35.002, 110.901 35.002, "
                + "110.901 35.001))");

        assertThatThrownBy(() -> EditFixture.session().run(new AddFeatureCommand(AREAS, inside, cadre("西关村"))))
                .isInstanceOfSatisfying(CommandRefused.class,
                        r -> assertThat(r.reason()).isEqualTo(RefusalReason.COVERED_BY_NEIGHBOURS));
    }

    @Test
    void aBowtieIsNeverStoredButItsRepairIsOffered() throws CommandRefused {
        EditSession session = EditFixture.session();
        Geometry bowtie = wkt("POLYGON ((110.90 35.03, 110.91 35.04, 110.91 35.03, 110.90 35.04, 110.90 35.03))");

        CommandRefused refused = null;
        try {
            session.run(new AddFeatureCommand(AREAS, bowtie, cadre("北关村")));
        } catch (CommandRefused e) {
            refused = e;
        }

        assertThat(refused).isNotNull();
        assertThat(refused.reason()).isEqualTo(RefusalReason.INVALID_GEOMETRY);
        assertThat(refused.location().orElseThrow().distance(new Coordinate(110.905, 35.035))).isLessThan(1e-9);
        assertThat(refused.textZh()).isEqualTo("几何无效，不能保存：边界自相交 (110.9050000, 35.0350000)");
        assertThat(session.history().steps()).isEmpty();
        Geometry repaired = refused.repaired().orElseThrow();
        assertThat(repaired.getGeometryType()).isEqualTo("MultiPolygon");
        assertThat(repaired.getNumGeometries()).isEqualTo(2);

        session.run(new AddFeatureCommand(AREAS, repaired, cadre("北关村")));
        assertThat(byId(session.project(), AREAS).get(4L).geometry().isValid()).isTrue();
    }

    @Test
    void missingRequiredValuesAreRefusedFieldByField() {
        Geometry drawn = wkt(NORTH);

        assertThatThrownBy(() -> EditFixture.session().run(
                new AddFeatureCommand(AREAS, drawn, values("kind", "乡镇干部包村", "phone", "123"))))
                .isInstanceOfSatisfying(CommandRefused.class, r -> {
                    assertThat(r.reason()).isEqualTo(RefusalReason.INVALID_ATTRIBUTES);
                    assertThat(r.problems()).extracting(p -> p.field())
                            .containsExactly("person", "phone", "township", "village");
                    assertThat(r.textZh()).startsWith("不能保存：责任人必须填写;联系电话格式不正确");
                });
    }

    @Test
    void wrongLayersAndShapesAreRefused() {
        EditSession session = EditFixture.session();
        Geometry drawn = wkt(NORTH);

        assertThatThrownBy(() -> session.run(new AddFeatureCommand("township", drawn, values())))
                .isInstanceOfSatisfying(CommandRefused.class, r -> {
                    assertThat(r.reason()).isEqualTo(RefusalReason.READ_ONLY_LAYER);
                    assertThat(r.textZh()).isEqualTo("乡镇街道（示意） 是参考图层，不能编辑");
                });
        assertThatThrownBy(() -> session.run(new AddFeatureCommand("nowhere", drawn, values())))
                .isInstanceOfSatisfying(CommandRefused.class,
                        r -> assertThat(r.reason()).isEqualTo(RefusalReason.NO_SUCH_LAYER));
        assertThatThrownBy(() -> session.run(new AddFeatureCommand(AREAS, wkt("LINESTRING (110.9 35.03, 111 35.03)"),
                cadre("北关村")))).isInstanceOfSatisfying(CommandRefused.class,
                        r -> assertThat(r.reason()).isEqualTo(RefusalReason.WRONG_GEOMETRY_TYPE));
    }

    @Test
    void aCleanupZoneMayBeAPointOrAnAreaStoredAsMultipolygon() throws CommandRefused {
        EditSession session = EditFixture.session();

        session.run(new AddFeatureCommand(EditFixture.ZONES, wkt("POINT (110.95 35.05)"),
                values("kind", "建筑垃圾", "phase", "冬季行动", "status", "计划", "tonnes", 12.5)));
        session.run(new AddFeatureCommand(EditFixture.ZONES, wkt(NORTH),
                values("kind", "墙面美化", "phase", "冬季行动", "status", "计划", "area_m2_work", 480.0)));

        var zones = byId(session.project(), EditFixture.ZONES);
        assertThat(zones.get(2L).geometry().getGeometryType()).isEqualTo("Point");
        assertThat(zones.get(2L).get("area_m2")).isNull();
        assertThat(zones.get(3L).geometry().getGeometryType()).isEqualTo("MultiPolygon");
        assertThat(zones.get(3L).get("area_m2")).isEqualTo(Measure.areaM2(wkt(NORTH)));
        assertThat(session.history().steps()).extracting(s -> s.changes().get(0))
                .extracting(FeatureChange::before).containsOnlyNulls();
    }
}
