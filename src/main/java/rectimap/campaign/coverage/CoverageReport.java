package rectimap.campaign.coverage;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The outcome of one coverage check (不留空白、消除死角): every gap, overlap and sliver; how much of each parent is
 * covered; villages without a responsible cadre (as of {@code asOf}); road length without a department by level.
 * Areas in m² and lengths in metres, ellipsoidal on CGCS2000. Immutable.
 */
public record CoverageReport(LocalDate asOf, double sliverM2, List<CoverageProblem> problems,
                             List<ParentCoverage> parents, List<UncoveredVillage> villages,
                             List<RoadLevelCoverage> roads) {
    public CoverageReport {
        problems = List.copyOf(problems);
        parents = List.copyOf(parents);
        villages = List.copyOf(villages);
        roads = List.copyOf(roads);
    }

    public List<CoverageProblem> gaps() {
        return of(ProblemKind.GAP);
    }

    public List<CoverageProblem> overlaps() {
        return of(ProblemKind.OVERLAP);
    }

    /** Gaps and overlaps below the sliver tolerance, reported apart. */
    public List<CoverageProblem> slivers() {
        return problems.stream().filter(p -> p.kind().isSliver()).toList();
    }

    /** Total area of the gaps (slivers not included), m². */
    public double uncoveredM2() {
        return gaps().stream().mapToDouble(CoverageProblem::areaM2).sum();
    }

    /** Number of overlaps (slivers not included). */
    public int overlapCount() {
        return overlaps().size();
    }

    /** Gaps plus overlaps: what the warning before printing lists. */
    public int openProblemCount() {
        return gaps().size() + overlaps().size();
    }

    /** Road length without a responsible department over all levels, m. */
    public double uncoveredRoadM() {
        return roads.stream().mapToDouble(RoadLevelCoverage::uncoveredM).sum();
    }

    /** The coverage of one parent by one kind, if the check looked at it. */
    public Optional<ParentCoverage> parent(CoverageKind coverage, String parentCode) {
        return parents.stream().filter(p -> p.coverage() == coverage && p.parentCode().equals(parentCode))
                .findFirst();
    }

    /**
     * The share of township {@code townshipCode} covered by 乡镇干部包村 areas, percent 0–100; 0 for a township no
     * cadre area is drawn in yet, or an unknown code.
     */
    public double coveredPercent(String townshipCode) {
        return parent(CoverageKind.CADRE_VILLAGE, townshipCode).map(ParentCoverage::coveredPercent).orElse(0.0);
    }

    private List<CoverageProblem> of(ProblemKind kind) {
        return problems.stream().filter(p -> p.kind() == kind).toList();
    }
}
