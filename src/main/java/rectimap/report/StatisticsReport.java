package rectimap.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import rectimap.campaign.coverage.CoverageState;
import rectimap.campaign.place.TownshipPlace;
import rectimap.campaign.planning.CleanupZoneSchema;
import rectimap.campaign.planning.DemolitionSiteSchema;
import rectimap.campaign.planning.DemolitionStatus;
import rectimap.campaign.review.DemonstrationSite;
import rectimap.campaign.review.SiteKind;
import rectimap.model.Feature;
import rectimap.model.Layer;
import rectimap.model.MapLayer;

/**
 * Computes {@link ReportFigures} from a {@link ReportInput}. Which records count: cleanup zones of the phase whose
 * date (end date, else start date) is in the range; demolition sites dated by outcome, else notice date; cases by
 * registration date; each counted under the township its village belongs to on {@link ReportFilter#asOf()}.
 * Pure; runs on any thread (the UI runs it off the FX thread).
 */
public final class StatisticsReport {
    /** Table of the supervision cases (督办件) and its columns. */
    static final String CASE_TABLE = "supervision_case";
    /** Case statuses in lifecycle order; the last two are closed. */
    static final List<String> CASE_STATUSES = List.of("登记", "交办", "整改中", "销号", "回头看");
    private static final Set<String> CLOSED_CASE = Set.of("销号", "回头看");
    private static final Set<String> COMPLETED_WORK = Set.of("完成", "验收");

    private StatisticsReport() {
    }

    public static ReportFigures compute(ReportInput input, ReportFilter filter) {
        FeatureTownships where = new FeatureTownships(input.places(), input.jurisdiction(), filter.asOf());
        Map<String, TownshipAccumulator> townships = new LinkedHashMap<>();
        for (TownshipPlace t : input.places().townships()) {
            if (filter.acceptsTownship(t.code())) {
                townships.put(t.code(), new TownshipAccumulator(t.code(), t.name()));
            }
        }
        Map<String, CleanupTotal> cleanup = byKey(cleanupKinds(), CleanupTotal::empty);
        Map<String, CleanupTotal> completed = byKey(cleanupKinds(), CleanupTotal::empty);
        for (Feature f : features(input, CleanupZoneSchema.TABLE)) {
            LocalDate date = f.get("end_date") instanceof LocalDate end ? end : asDate(f.get("start_date"));
            String township = where.townshipOf(f.geometry());
            if (!filter.acceptsPhase(f.text("phase")) || !filter.inRange(date) || !filter.acceptsTownship(township)) {
                continue;
            }
            long places = asLong(f.get("places"));
            double tonnes = asDouble(f.get("tonnes"));
            double areaM2 = asDouble(f.get("area_m2_work"));
            double km = asDouble(f.get("km"));
            cleanup.merge(f.text("kind"), CleanupTotal.empty(f.text("kind")).plus(places, tonnes, areaM2, km),
                    (a, b) -> a.plus(places, tonnes, areaM2, km));
            if (COMPLETED_WORK.contains(f.text("status"))) {
                completed.merge(f.text("kind"), CleanupTotal.empty(f.text("kind")).plus(places, tonnes, areaM2, km),
                        (a, b) -> a.plus(places, tonnes, areaM2, km));
            }
            TownshipAccumulator row = townships.get(township);
            if (row != null) {
                row.cleanup = row.cleanup.plus(places, tonnes, areaM2, km);
            }
        }
        Map<String, DemolitionTotal> demolitions = byKey(demolitionStatuses(), s -> new DemolitionTotal(s, 0, 0));
        for (Feature f : features(input, DemolitionSiteSchema.TABLE)) {
            LocalDate date = f.get("outcome_date") instanceof LocalDate out ? out : asDate(f.get("notice_date"));
            String township = where.townshipOf(f.geometry());
            if (!filter.inRange(date) || !filter.acceptsTownship(township)) {
                continue;
            }
            double m2 = asDouble(f.get("building_m2"));
            demolitions.merge(f.text("status"), new DemolitionTotal(f.text("status"), 1, m2),
                    (a, b) -> a.plus(m2));
            TownshipAccumulator row = townships.get(township);
            if (row != null) {
                row.demolitions = row.demolitions.plus(m2);
            }
        }
        Map<String, CaseTotal> cases = byKey(CASE_STATUSES, s -> new CaseTotal(s, 0, 0));
        for (Feature f : features(input, CASE_TABLE)) {
            String township = where.townshipOf(f.geometry());
            if (!filter.inRange(asDate(f.get("registered"))) || !filter.acceptsTownship(township)) {
                continue;
            }
            LocalDate deadline = asDate(f.get("deadline"));
            boolean overdue = deadline != null && deadline.isBefore(filter.asOf())
                    && !CLOSED_CASE.contains(f.text("status"));
            cases.merge(f.text("status"), new CaseTotal(f.text("status"), 1, overdue ? 1 : 0),
                    (a, b) -> a.plus(overdue));
            TownshipAccumulator row = townships.get(township);
            if (row != null) {
                row.cases = row.cases.plus(overdue);
            }
        }
        Map<String, DemonstrationProgress> demonstration = new LinkedHashMap<>();
        for (SiteKind kind : SiteKind.values()) {
            demonstration.put(kind.label(), DemonstrationProgress.empty(kind.label()));
        }
        for (DemonstrationSite site : input.sites()) {
            String township = where.townshipOfSite(site.code(), site.townshipCode());
            if (!filter.acceptsTownship(township)) {
                continue;
            }
            var verdict = input.ledger().current(site.key());
            demonstration.computeIfPresent(site.kind().label(), (k, p) -> p.plus(verdict));
            TownshipAccumulator row = townships.get(township);
            if (row != null) {
                row.demonstration = row.demonstration.plus(verdict);
            }
        }
        List<TownshipRow> rows = new ArrayList<>();
        townships.values().forEach(t -> rows.add(t.row(input.coveredPercentByTownship().get(t.code),
                coverageOf(input, t.code))));
        String scope = filter.townshipCode() == null ? null : townships.values().stream().findFirst()
                .map(t -> t.name).orElse(filter.townshipCode());
        return new ReportFigures(filter, scope, List.copyOf(cleanup.values()), List.copyOf(completed.values()),
                List.copyOf(demolitions.values()), List.copyOf(cases.values()), List.copyOf(demonstration.values()),
                rows);
    }

    /** 未分配, 全覆盖 or 部分覆盖 for a township of the input; null when coverage was not computed. */
    private static CoverageState coverageOf(ReportInput input, String townshipCode) {
        if (input.unassignedTownships().contains(townshipCode)) {
            return CoverageState.UNASSIGNED;
        }
        Double percent = input.coveredPercentByTownship().get(townshipCode);
        if (percent == null) {
            return null;
        }
        return percent >= CoverageState.COVERED_PERCENT ? CoverageState.COVERED : CoverageState.PARTLY_COVERED;
    }

    /** The cleanup kinds in the schema's order (a kind typed outside the list is appended when met). */
    static List<String> cleanupKinds() {
        return CleanupZoneSchema.schema().rule("kind").orElseThrow().choices();
    }

    static List<String> demolitionStatuses() {
        return java.util.Arrays.stream(DemolitionStatus.values()).map(DemolitionStatus::label).toList();
    }

    private static <T> Map<String, T> byKey(List<String> keys, java.util.function.Function<String, T> empty) {
        Map<String, T> map = new LinkedHashMap<>();
        keys.forEach(k -> map.put(k, empty.apply(k)));
        return map;
    }

    private static List<Feature> features(ReportInput input, String table) {
        return input.project().layer(table).map(MapLayer::layer).map(Layer::features).orElse(List.of());
    }

    private static LocalDate asDate(Object value) {
        return value instanceof LocalDate date ? date : null;
    }

    private static long asLong(Object value) {
        return value instanceof Number n ? n.longValue() : 0;
    }

    private static double asDouble(Object value) {
        return value instanceof Number n ? n.doubleValue() : 0;
    }

    /** One township's running totals while the features are read. */
    private static final class TownshipAccumulator {
        private final String code;
        private final String name;
        private CleanupTotal cleanup = CleanupTotal.empty("合计");
        private DemolitionTotal demolitions = new DemolitionTotal("合计", 0, 0);
        private CaseTotal cases = new CaseTotal("合计", 0, 0);
        private DemonstrationProgress demonstration;

        TownshipAccumulator(String code, String name) {
            this.code = code;
            this.name = name;
            this.demonstration = DemonstrationProgress.empty(name);
        }

        TownshipRow row(Double coveredPercent, CoverageState coverage) {
            return new TownshipRow(code, name, cleanup, demolitions, cases, coveredPercent, coverage, demonstration);
        }
    }
}
