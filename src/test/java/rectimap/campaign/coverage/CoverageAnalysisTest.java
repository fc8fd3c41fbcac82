package rectimap.campaign.coverage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static rectimap.campaign.coverage.CoverageFixture.box;
import static rectimap.campaign.coverage.CoverageFixture.wkt;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import rectimap.campaign.planning.ResponsibilityAreaSchema;
import rectimap.geo.Measure;
import rectimap.model.Project;

/** Gaps, overlaps, slivers, holes and multipolygons on crafted WKT: the pieces found and their ellipsoidal areas. */
class CoverageAnalysisTest {
    private static final LocalDate DAY = LocalDate.of(2026, 11, 29);

    private static CoverageReport check(Project project) {
        return new CoverageAnalysis().run(project, CoverageAnalysis.DEFAULT_SLIVER_M2, DAY);
    }

    @Test
    void anUncoveredStripIsOneGapBorderingTheZoneBesideIt() {
        CoverageReport report = check(CoverageFixture.withCadres(box(110.90, 110.91), box(110.91, 110.92)));

        assertThat(report.gaps()).hasSize(1);
        CoverageProblem gap = report.gaps().get(0);
        assertThat(gap.lonLat().norm().equalsExact(wkt(box(110.92, 110.93)).norm(), 1e-12)).isTrue();
        assertThat(gap.areaM2()).isCloseTo(Measure.areaM2(wkt(box(110.92, 110.93))), within(1e-6));
        assertThat(gap.zoneIds()).containsExactly(2L);
        assertThat(gap.parentName()).isEqualTo("解州镇");
        assertThat(report.overlaps()).isEmpty();
        assertThat(report.uncoveredM2()).isEqualTo(gap.areaM2());
        assertThat(report.coveredPercent("140802100000")).isCloseTo(66.67, within(0.05));
    }

    @Test
    void aDistrictGapIsNamedByTheTownshipItLiesIn() {
        // The district's 区领导包乡镇 areas leave 解州镇's east strip bare: the planner looks for it in 解州镇, not in
        // "盐湖区" (the planner session found the sample's gap in 运城经济技术开发区 listed under 盐湖区).
        CoverageReport report = check(CoverageFixture.withZones(ResponsibilityAreaSchema.KIND_LEADER_TOWNSHIP,
                box(110.90, 110.92)));

        assertThat(report.gaps()).singleElement().satisfies(gap -> {
            assertThat(gap.coverage()).isEqualTo(CoverageKind.LEADER_TOWNSHIP);
            assertThat(gap.parentName()).isEqualTo("解州镇");
            assertThat(gap.parentCode()).isEqualTo("140802100000");
        });
    }

    @Test
    void twoZonesClaimingOneStripAreOneOverlapNamingBoth() {
        CoverageReport report = check(CoverageFixture.withCadres(box(110.90, 110.915), box(110.91, 110.93)));

        assertThat(report.gaps()).isEmpty();
        assertThat(report.overlaps()).hasSize(1);
        CoverageProblem overlap = report.overlaps().get(0);
        assertThat(overlap.lonLat().norm().equalsExact(wkt(box(110.91, 110.915)).norm(), 1e-12)).isTrue();
        assertThat(overlap.zoneIds()).containsExactly(1L, 2L);
        assertThat(overlap.areaM2()).isCloseTo(Measure.areaM2(wkt(box(110.91, 110.915))), within(1e-6));
        assertThat(report.overlapCount()).isEqualTo(1);
        assertThat(report.coveredPercent("140802100000")).isCloseTo(100, within(1e-9));
    }

    @Test
    void piecesBelowTheToleranceAreSliversNotGapsOrOverlaps() {
        // a 5e-9° gap (≈0.5 m²) and a 5e-9° overlap elsewhere: both far below 1 m²
        CoverageReport report = check(CoverageFixture.withCadres(box(110.90, 110.91), box(110.910000005, 110.92),
                box(110.919999995, 110.93)));

        assertThat(report.gaps()).isEmpty();
        assertThat(report.overlaps()).isEmpty();
        assertThat(report.slivers()).extracting(CoverageProblem::kind)
                .containsExactlyInAnyOrder(ProblemKind.SLIVER_GAP, ProblemKind.SLIVER_OVERLAP);
        assertThat(report.slivers()).allSatisfy(s -> assertThat(s.areaM2()).isBetween(0.1, 1.0));
        assertThat(report.uncoveredM2()).isZero();

        CoverageReport strict = new CoverageAnalysis().run(CoverageFixture.withCadres(box(110.90, 110.91),
                box(110.910000005, 110.92), box(110.919999995, 110.93)), 0.1, DAY);
        assertThat(strict.gaps()).hasSize(1);
        assertThat(strict.overlaps()).hasSize(1);
    }

    @Test
    void aHoleInTheOnlyZoneIsAGapBorderingIt() {
        String holed = "POLYGON ((110.90 35.00, 110.93 35.00, 110.93 35.01, 110.90 35.01, 110.90 35.00), "
                + "(110.91 35.004, 110.912 35.004, 110.912 35.006, 110.91 35.006, 110.91 35.004))";
        CoverageReport report = check(CoverageFixture.withCadres(holed));

        assertThat(report.gaps()).hasSize(1);
        String hole = "POLYGON ((110.91 35.004, 110.912 35.004, 110.912 35.006, 110.91 35.006, 110.91 35.004))";
        assertThat(report.gaps().get(0).lonLat().norm().equalsExact(wkt(hole).norm(), 1e-12)).isTrue();
        assertThat(report.gaps().get(0).zoneIds()).containsExactly(1L);
    }

    @Test
    void aMultipolygonZoneWithItsPartsApartCoversTogetherWithTheZoneBetween() {
        String ends = "MULTIPOLYGON (((110.90 35.00, 110.91 35.00, 110.91 35.01, 110.90 35.01, 110.90 35.00)), "
                + "((110.92 35.00, 110.93 35.00, 110.93 35.01, 110.92 35.01, 110.92 35.00)))";
        CoverageReport report = check(CoverageFixture.withCadres(ends, box(110.91, 110.92)));

        assertThat(report.problems()).isEmpty();
        assertThat(report.coveredPercent("140802100000")).isCloseTo(100, within(1e-9));
    }

    @Test
    void aGapBetweenTwoZonesGoesFirstToTheOneSharingTheLongerEdge() {
        // gap 110.91–110.92; zone 2 touches it along the whole east edge, zone 1 only along half of the west edge
        String shortWest = "POLYGON ((110.90 35.00, 110.91 35.00, 110.91 35.005, 110.90 35.005, 110.90 35.00))";
        String rest = "POLYGON ((110.90 35.005, 110.91 35.005, 110.91 35.01, 110.90 35.01, 110.90 35.005))";
        CoverageReport report = check(CoverageFixture.withCadres(shortWest, box(110.92, 110.93), rest));

        assertThat(report.gaps()).hasSize(1);
        assertThat(report.gaps().get(0).zoneIds()).first().isEqualTo(2L);
    }

    @Test
    void townshipsWithoutCadreAreasAreListedAtZeroPercentWithoutAGap() {
        CoverageReport report = check(CoverageFixture.withCadres());

        assertThat(report.gaps()).isEmpty();
        assertThat(report.parent(CoverageKind.CADRE_VILLAGE, "140802100000")).hasValueSatisfying(p -> {
            assertThat(p.zoneCount()).isZero();
            assertThat(p.coveredPercent()).isZero();
        });
    }

    @Test
    void aSecondRunAfterNoEditReusesEveryResult() {
        Project project = CoverageFixture.withCadres(box(110.90, 110.915), box(110.91, 110.92));
        CoverageAnalysis analysis = new CoverageAnalysis();
        CoverageReport first = analysis.run(project, 1.0, DAY);
        CoverageReport second = analysis.run(project, 1.0, DAY);

        assertThat(second.problems()).isEqualTo(first.problems());
        assertThat(analysis.cacheStats()).startsWith("reused ");
    }

    /**
     * The re-check after an edit (parents and pairs the edit did not touch reused, the others recomputed on every
     * core) reports exactly what a fresh check of the edited project reports.
     */
    @Test
    void aCheckAfterEachEditEqualsAFreshCheck() {
        List<String> strips = new java.util.ArrayList<>();
        for (int i = 0; i < 29; i++) {
            double west = 110.90 + i * 0.001;
            // Strip 7 is missing (a gap); strip 12 reaches into 13 (an overlap).
            if (i != 7) {
                strips.add(box(west, west + (i == 12 ? 0.0015 : 0.001)));
            }
        }
        strips.add(box(110.929, 110.93));
        Project project = CoverageFixture.withCadres(strips.toArray(String[]::new));
        CoverageAnalysis analysis = new CoverageAnalysis();
        analysis.run(project, 1.0, DAY);
        List<rectimap.model.Feature> zones = project.layer(rectimap.campaign.planning.ResponsibilityAreaSchema.TABLE)
                .orElseThrow().layer().features();
        // Zones 3, 9, 15 and 21 lie clear of the missing strip 7; zone 6 borders it, so its shrunk ring joins that gap.
        int[] edited = {3, 9, 15, 21, 6, 6};
        for (int edit = 0; edit < edited.length; edit++) {
            rectimap.model.Feature zone = zones.get(edited[edit]);
            org.locationtech.jts.geom.Geometry shrunk = org.locationtech.jts.geom.util.AffineTransformation
                    .scaleInstance(0.8, 0.8, zone.geometry().getCentroid().getX(),
                            zone.geometry().getCentroid().getY()).transform(zone.geometry());
            shrunk.setSRID(4490);
            project = rectimap.model.ChangeApplier.apply(project, new rectimap.model.ChangeSet("edit", List.of(
                    rectimap.model.FeatureChange.replaced(rectimap.campaign.planning.ResponsibilityAreaSchema.TABLE,
                            zone, new rectimap.model.Feature(zone.id(), shrunk, zone.attributes())))));
            zones = project.layer(rectimap.campaign.planning.ResponsibilityAreaSchema.TABLE).orElseThrow().layer()
                    .features();

            CoverageReport reused = analysis.run(project, 1.0, DAY);
            CoverageReport fresh = new CoverageAnalysis().run(project, 1.0, DAY);
            assertSameProblems(reused.problems(), fresh.problems(), "edit " + edit);
            assertThat(reused.parents()).as("edit %d", edit).hasSameSizeAs(fresh.parents());
            for (int i = 0; i < fresh.parents().size(); i++) {
                ParentCoverage a = reused.parents().get(i);
                ParentCoverage b = fresh.parents().get(i);
                assertThat(List.of(a.coverage(), a.parentCode(), a.zoneCount(), a.parentM2()))
                        .isEqualTo(List.of(b.coverage(), b.parentCode(), b.zoneCount(), b.parentM2()));
                assertThat(a.coveredM2()).as("edit %d covered", edit).isCloseTo(b.coveredM2(), within(1e-3));
            }
            assertThat(reused.problems()).as("edit %d: the gap left by the strip and the shrunk zone's ring", edit)
                    .hasSizeGreaterThanOrEqualTo(2);
        }
        assertThat(analysis.cacheStats()).as("the edits were checked near the edited zone, not over the township")
                .contains("6 parents from the earlier gaps");
    }

    /** The same problems in the same order: kind, zones and parent equal; pieces the same shape; areas to 1e-6 m². */
    private static void assertSameProblems(List<CoverageProblem> reused, List<CoverageProblem> fresh, String what) {
        assertThat(reused).as(what).hasSameSizeAs(fresh);
        for (int i = 0; i < fresh.size(); i++) {
            CoverageProblem a = reused.get(i);
            CoverageProblem b = fresh.get(i);
            assertThat(List.of(a.kind(), a.coverage(), a.parentCode(), a.zoneIds()))
                    .as("%s, problem %d", what, i).isEqualTo(List.of(b.kind(), b.coverage(), b.parentCode(), b.zoneIds()));
            assertThat(a.lonLat().equalsTopo(b.lonLat())).as("%s, problem %d: %s vs %s", what, i, a.lonLat(),
                    b.lonLat()).isTrue();
            assertThat(a.areaM2()).as("%s, problem %d", what, i).isCloseTo(b.areaM2(), within(1e-6));
        }
    }
}
