package rectimap.campaign.coverage;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import rectimap.campaign.jurisdiction.JurisdictionHistory;
import rectimap.campaign.planning.ResponsibilityAreaSchema;
import rectimap.campaign.planning.RoadResponsibilitySchema;
import rectimap.model.Feature;
import rectimap.model.Layer;
import rectimap.model.MapLayer;
import rectimap.model.Project;

/**
 * The coverage check (不留空白、消除死角) of a project: for each {@link CoverageKind}, the gaps of each parent its zones
 * must cover and the overlaps among its zones; villages without a cadre; road length without a department.
 * <ul>
 * <li>乡镇干部包村: each township with at least one cadre area (by the areas' {@code township} value, else where the
 * area lies: {@link ZoneTownships}) must be covered by its cadre areas; townships without any are listed as
 * {@link CoverageState#UNASSIGNED} (未分配) with no gap: not divided yet is not a hole.</li>
 * <li>区领导包乡镇: the district (layer {@code district}) must be covered by the leader areas, once there is one.</li>
 * <li>保洁公司服务区: each township that contractor areas cover at least {@value #CONTRACT_SHARE_PERCENT} % of is in the
 * contract area and must be covered whole (less is an area spilling over a boundary).</li>
 * </ul>
 * An instance keeps the results of its previous run, so re-running after one edit recomputes only the parents and
 * zone pairs the edit touched, and within a parent only the gaps near the edited zones ({@link ChangedWindow}); use one
 * instance from one thread at a time. {@link #analyse} is the one-shot form.
 */
public final class CoverageAnalysis {
    /** The default sliver tolerance, m². */
    public static final double DEFAULT_SLIVER_M2 = 1.0;
    static final double CONTRACT_SHARE_PERCENT = 1.0;

    private final CoverageCache cache = new CoverageCache();
    private final LastParentRuns lastRuns = new LastParentRuns();
    private final Map<CoverageKind, OverlapPairs> overlapPairs = new java.util.EnumMap<>(CoverageKind.class);
    private IdentityKey pairInputs;

    /** A one-shot check with villages placed as of today. Runs on the caller's thread (keep it off the FX thread). */
    public static CoverageReport analyse(Project project, double sliverM2) {
        return new CoverageAnalysis().run(project, sliverM2, LocalDate.now());
    }

    /** The check of {@code project} with slivers below {@code sliverM2} m², villages placed as of {@code asOf}. */
    public CoverageReport run(Project project, double sliverM2, LocalDate asOf) {
        List<Feature> zones = features(project, ResponsibilityAreaSchema.TABLE);
        List<Feature> townships = features(project, "township");
        ParentLocator locator = new ParentLocator(townships);
        keepPairsFor(sliverM2, townships);
        List<CoverageProblem> problems = new ArrayList<>();
        List<ParentCoverage> parents = new ArrayList<>();
        Map<CoverageKind, List<Feature>> zonesByKind = new java.util.EnumMap<>(CoverageKind.class);
        Map<CoverageKind, List<ParentCheck>> checksByKind = new java.util.EnumMap<>(CoverageKind.class);
        List<IdentityKey> keys = new ArrayList<>();
        List<java.util.function.Supplier<ParentCheck.ParentResult>> computes = new ArrayList<>();
        ZoneTownships zoneTownships = new ZoneTownships(townships, locator);
        for (CoverageKind kind : CoverageKind.values()) {
            List<Feature> ofKind = zones.stream().filter(z -> z.text("kind").equals(kind.kindValue())).toList();
            List<ParentCheck> checks = parentChecks(kind, ofKind, townships, features(project, "district"),
                    sliverM2, zoneTownships);
            zonesByKind.put(kind, ofKind);
            checksByKind.put(kind, checks);
            checks.forEach(check -> {
                keys.add(new IdentityKey(List.of(kind, sliverM2), withParent(check)));
                computes.add(() -> lastRuns.rerun(check));
            });
        }
        // The parents an edit did not touch come from the cache; the others (all of them on the first check) are
        // independent and computed on every core.
        cache.computeMissing(keys, computes);
        for (CoverageKind kind : CoverageKind.values()) {
            List<Feature> ofKind = zonesByKind.get(kind);
            for (ParentCheck check : checksByKind.get(kind)) {
                ParentCheck.ParentResult result = cache.get(new IdentityKey(List.of(kind, sliverM2),
                        withParent(check)), check::run);
                lastRuns.remember(check, result);
                if (check.zones().isEmpty()) {
                    parents.add(result.coverage());
                } else if (kind != CoverageKind.CONTRACTOR
                        || result.coverage().coveredPercent() >= CONTRACT_SHARE_PERCENT) {
                    parents.add(result.coverage());
                    problems.addAll(kind == CoverageKind.LEADER_TOWNSHIP
                            ? result.gaps().stream().map(gap -> inTownship(gap, locator)).toList() : result.gaps());
                }
            }
            problems.addAll(overlaps(kind, ofKind, sliverM2, locator));
        }
        // Largest first; equal areas (to the mm²) by place, so a check after an edit orders them as a fresh one.
        problems.sort(Comparator.comparing(CoverageProblem::kind)
                .thenComparing(Comparator.comparingLong((CoverageProblem p) -> Math.round(p.areaM2() * 1e6))
                        .reversed())
                .thenComparingDouble(p -> p.lonLat().getEnvelopeInternal().getMinX())
                .thenComparingDouble(p -> p.lonLat().getEnvelopeInternal().getMinY()));
        Map<String, String> townshipNames = new HashMap<>();
        townships.forEach(t -> townshipNames.put(t.text("code"), t.text("name")));
        List<Feature> cadres = zones.stream()
                .filter(z -> z.text("kind").equals(CoverageKind.CADRE_VILLAGE.kindValue())).toList();
        Set<String> unassigned = parents.stream().filter(p -> p.coverage() == CoverageKind.CADRE_VILLAGE
                && p.state() == CoverageState.UNASSIGNED).map(ParentCoverage::parentCode).collect(Collectors.toSet());
        // A township not divided yet is one line (未分配), not one alarm per village.
        List<UncoveredVillage> villages = VillageCheck.uncovered(features(project, JurisdictionHistory.VILLAGE_TABLE),
                cadres, townshipNames, JurisdictionHistory.of(project), asOf).stream()
                .filter(v -> !unassigned.contains(v.townshipCode())).toList();
        List<Feature> roads = features(project, "road");
        List<Feature> segments = features(project, RoadResponsibilitySchema.TABLE);
        List<RoadLevelCoverage> roadLevels = cache.get(new IdentityKey("roads", List.of(roads, segments)),
                () -> RoadCheck.byLevel(roads, segments));
        cache.finishRun();
        return new CoverageReport(asOf, sliverM2, problems, parents, villages, roadLevels);
    }

    /** How many parent and pair results the last runs reused and computed (for the bench). */
    public String cacheStats() {
        return "reused " + cache.hits() + ", computed " + cache.misses() + " parents and roads ("
                + lastRuns.updated() + " parents from the earlier gaps); "
                + overlapPairs.values().stream().mapToLong(OverlapPairs::computed).sum() + " zone pairs computed";
    }

    /**
     * A gap of the district's coverage named by the township holding it, where a planner looks for it (the district
     * itself when it lies in none).
     */
    private static CoverageProblem inTownship(CoverageProblem gap, ParentLocator locator) {
        ParentLocator.Parent township = locator.parentOf(gap.lonLat());
        return township.code().isEmpty() ? gap : new CoverageProblem(gap.kind(), gap.coverage(), township.code(),
                township.name(), gap.lonLat(), gap.areaM2(), gap.zoneIds());
    }

    private List<CoverageProblem> overlaps(CoverageKind kind, List<Feature> ofKind, double sliverM2,
            ParentLocator locator) {
        return overlapPairs.computeIfAbsent(kind, k -> new OverlapPairs())
                .update(ofKind, (zone, other) -> pairOverlaps(kind, zone, other, sliverM2, locator));
    }

    /** Pairs kept from earlier checks are valid for the same tolerance and the same townships (which name them). */
    private void keepPairsFor(double sliverM2, List<Feature> townships) {
        IdentityKey inputs = new IdentityKey(sliverM2, townships);
        if (!inputs.equals(pairInputs)) {
            overlapPairs.clear();
            pairInputs = inputs;
        }
    }

    private static List<CoverageProblem> pairOverlaps(CoverageKind kind, Feature zone, Feature other, double sliverM2,
            ParentLocator locator) {
        if (!OverlapCheck.interiorsMeet(zone.geometry(), other.geometry())) {
            return List.of();
        }
        return List.copyOf(OverlapCheck.pieces(kind, zone, other, sliverM2, locator));
    }

    private static List<ParentCheck> parentChecks(CoverageKind kind, List<Feature> zones, List<Feature> townships,
            List<Feature> district, double sliverM2, ZoneTownships zoneTownships) {
        List<ParentCheck> checks = new ArrayList<>();
        switch (kind) {
            case CADRE_VILLAGE -> {
                // Each zone's township once (a name lookup, or a point-in-township test), not once per township.
                Map<String, List<Feature>> byTownship = new HashMap<>();
                zones.forEach(z -> byTownship.computeIfAbsent(zoneTownships.codeOf(z), c -> new ArrayList<>()).add(z));
                townships.forEach(t -> checks.add(new ParentCheck(kind, t.text("code"), t.text("name"),
                        t.geometry(), List.copyOf(byTownship.getOrDefault(t.text("code"), List.of())), sliverM2)));
            }
            case LEADER_TOWNSHIP -> district.forEach(d -> checks.add(new ParentCheck(kind, d.text("code"),
                    d.text("name"), d.geometry(), zones, sliverM2)));
            case CONTRACTOR -> townships.forEach(t -> checks.add(new ParentCheck(kind, t.text("code"),
                    t.text("name"), t.geometry(), zones.stream().filter(z -> z.geometry().getEnvelopeInternal()
                    .intersects(t.geometry().getEnvelopeInternal()) && z.geometry().intersects(t.geometry()))
                    .toList(), sliverM2)));
        }
        return checks;
    }

    private static List<Object> withParent(ParentCheck check) {
        List<Object> instances = new ArrayList<>(check.zones().size() + 1);
        instances.add(check.parent());
        instances.addAll(check.zones());
        return instances;
    }

    private static List<Feature> features(Project project, String table) {
        return project.layer(table).map(MapLayer::layer).map(Layer::features).orElse(List.of());
    }
}
