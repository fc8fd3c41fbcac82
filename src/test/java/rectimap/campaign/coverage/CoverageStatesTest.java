package rectimap.campaign.coverage;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Point;
import org.junit.jupiter.api.Test;
import rectimap.campaign.planning.ResponsibilityAreaSchema;
import rectimap.geo.Measure;
import rectimap.model.DerivedFields;
import rectimap.model.Feature;
import rectimap.model.Layer;
import rectimap.model.MapLayer;
import rectimap.model.Project;
import rectimap.print.PrintFixtureAccess;

/**
 * Coverage informs instead of alarming: a township without a 乡镇干部包村 zone is 未分配 (listed, no gap); one small zone
 * drawn in 龙居镇 makes only 龙居镇 partly covered; a zone whose township field is blank counts where it lies; a fill
 * that moves a lot or more than doubles its zone asks first.
 */
class CoverageStatesTest {

    private static final String LONGJU = "140802101000";

    private static CoverageReport check(Project project) {
        return new CoverageAnalysis().run(project, CoverageAnalysis.DEFAULT_SLIVER_M2, LocalDate.of(2026, 11, 1));
    }

    @Test
    void aTownshipWithoutCadreZonesIsUnassignedAndNotAGap() {
        CoverageReport report = check(CoverageFixture.withCadres());

        assertThat(report.gaps()).isEmpty();
        assertThat(report.parent(CoverageKind.CADRE_VILLAGE, "140802100000"))
                .hasValueSatisfying(p -> assertThat(p.state()).isEqualTo(CoverageState.UNASSIGNED));
    }

    @Test
    void aZoneWithABlankTownshipCountsForTheTownshipItLiesIn() {
        Project project = CoverageFixture.withCadres(CoverageFixture.box(110.90, 110.91));
        Layer areas = project.layer(ResponsibilityAreaSchema.TABLE).orElseThrow().layer();
        Map<String, Object> values = new LinkedHashMap<>(areas.features().get(0).attributes());
        values.put("township", "");
        Project blank = withZones(project, List.of(new Feature(1, areas.features().get(0).geometry(), values)));

        CoverageReport report = check(blank);

        assertThat(report.parent(CoverageKind.CADRE_VILLAGE, "140802100000")).hasValueSatisfying(p -> {
            assertThat(p.state()).isEqualTo(CoverageState.PARTLY_COVERED);
            assertThat(p.zoneCount()).isEqualTo(1);
        });
        assertThat(report.gaps()).hasSize(1);
    }

    @Test
    void oneSmallZoneInLongjuMakesOnlyLongjuPartlyCovered() {
        Project sample = PrintFixtureAccess.project();
        Set<String> assignedBefore = assigned(check(sample));
        Project withZone = withZones(sample, plusSmallZoneIn(sample, LONGJU));

        CoverageReport report = check(withZone);

        assertThat(report.parent(CoverageKind.CADRE_VILLAGE, LONGJU)).hasValueSatisfying(p -> {
            assertThat(p.state()).isEqualTo(CoverageState.PARTLY_COVERED);
            assertThat(p.coveredPercent()).isBetween(0.01, 5.0);
        });
        Set<String> assignedAfter = assigned(report);
        assertThat(assignedAfter).containsExactlyInAnyOrderElementsOf(union(assignedBefore, LONGJU));
        List<ParentCoverage> cadres = report.parents().stream()
                .filter(p -> p.coverage() == CoverageKind.CADRE_VILLAGE).toList();
        assertThat(cadres).hasSize(22);
        assertThat(cadres.stream().filter(p -> p.state() == CoverageState.UNASSIGNED).count())
                .isEqualTo(22 - assignedAfter.size());
        assertThat(report.gaps().stream().filter(g -> g.coverage() == CoverageKind.CADRE_VILLAGE)
                .map(CoverageProblem::parentCode).collect(Collectors.toSet())).isSubsetOf(assignedAfter)
                .contains(LONGJU);
    }

    @Test
    void aFillThatMovesMuchOrMoreThanDoublesTheZoneAsksFirst() throws Exception {
        Project sample = PrintFixtureAccess.project();
        Project withZone = withZones(sample, plusSmallZoneIn(sample, LONGJU));
        CoverageProblem rest = check(withZone).gaps().stream().filter(g -> g.parentCode().equals(LONGJU))
                .max(java.util.Comparator.comparingDouble(CoverageProblem::areaM2)).orElseThrow();

        GapFill big = CoverageFixes.previewFill(withZone, rest);

        assertThat(big.zoneName()).isEqualTo("王测试");
        assertThat(Measure.m2ToMu(big.beforeM2())).isBetween(400.0, 700.0);
        assertThat(big.afterM2()).isGreaterThan(10 * big.beforeM2());
        assertThat(big.needsConfirmation()).isTrue();

        Project strips = CoverageFixture.withCadres(CoverageFixture.box(110.90, 110.9299), CoverageFixture.box(
                110.92995, 110.93));
        CoverageProblem small = check(strips).problems().stream()
                .filter(p -> p.kind() == ProblemKind.GAP || p.kind() == ProblemKind.SLIVER_GAP).findFirst()
                .orElseThrow();
        GapFill tidy = CoverageFixes.previewFill(strips, small);
        assertThat(Measure.m2ToMu(tidy.movedM2())).isLessThan(GapFill.CONFIRM_ABOVE_MU);
        assertThat(tidy.needsConfirmation()).isFalse();
    }

    private static Set<String> assigned(CoverageReport report) {
        return report.parents().stream().filter(p -> p.coverage() == CoverageKind.CADRE_VILLAGE)
                .filter(p -> p.state() != CoverageState.UNASSIGNED).map(ParentCoverage::parentCode)
                .collect(Collectors.toSet());
    }

    private static Set<String> union(Set<String> codes, String code) {
        Set<String> all = new java.util.HashSet<>(codes);
        all.add(code);
        return all;
    }

    /** The sample's responsibility areas plus a ~518 亩 cadre zone of 王测试 round the township's interior point. */
    static List<Feature> plusSmallZoneIn(Project project, String townshipCode) {
        Feature township = project.layer("township").orElseThrow().layer().features().stream()
                .filter(t -> t.text("code").equals(townshipCode)).findFirst().orElseThrow();
        Point centre = township.geometry().getInteriorPoint();
        double halfLon = 0.0033;
        double halfLat = 0.0026;
        GeometryFactory factory = new GeometryFactory();
        Geometry square = factory.createPolygon(new Coordinate[] {
                new Coordinate(centre.getX() - halfLon, centre.getY() - halfLat),
                new Coordinate(centre.getX() + halfLon, centre.getY() - halfLat),
                new Coordinate(centre.getX() + halfLon, centre.getY() + halfLat),
                new Coordinate(centre.getX() - halfLon, centre.getY() + halfLat),
                new Coordinate(centre.getX() - halfLon, centre.getY() - halfLat)});
        Geometry zone = CoverageFixture.multi(square);
        zone.setSRID(4490);
        Layer areas = project.layer(ResponsibilityAreaSchema.TABLE).orElseThrow().layer();
        long id = areas.features().stream().mapToLong(Feature::id).max().orElse(0) + 1;
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("kind", ResponsibilityAreaSchema.KIND_CADRE_VILLAGE);
        values.put("person", "王测试");
        values.put("unit", township.text("name") + "人民政府");
        values.put("township", township.text("name"));
        values.put("since", LocalDate.of(2026, 11, 1));
        List<Feature> zones = new ArrayList<>(areas.features());
        zones.add(DerivedFields.recompute(areas.info().type(), new Feature(id, zone, values)));
        return zones;
    }

    private static Project withZones(Project project, List<Feature> zones) {
        List<MapLayer> layers = new ArrayList<>();
        for (MapLayer layer : project.layers()) {
            layers.add(layer.tableName().equals(ResponsibilityAreaSchema.TABLE) ? new MapLayer(
                    new Layer(layer.layer().info(), zones), layer.style(), layer.visible(), layer.opacity()) : layer);
        }
        return project.withLayers(layers);
    }
}
