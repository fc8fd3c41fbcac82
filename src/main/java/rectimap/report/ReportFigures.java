package rectimap.report;

import java.util.List;
import java.util.Optional;

/**
 * The computed report: the filter it answers; cleanup work by kind, all of it and the completed part (status 完成 or
 * 验收); demolitions by status; cases by status; demonstration progress by site kind; one row per township (only the
 * chosen one when the filter names a township). Every figure is a sum over the features it counts.
 */
public record ReportFigures(ReportFilter filter, String scopeName, List<CleanupTotal> cleanup,
        List<CleanupTotal> cleanupCompleted, List<DemolitionTotal> demolitions, List<CaseTotal> cases,
        List<DemonstrationProgress> demonstration, List<TownshipRow> townships) {
    public ReportFigures {
        cleanup = List.copyOf(cleanup);
        cleanupCompleted = List.copyOf(cleanupCompleted);
        demolitions = List.copyOf(demolitions);
        cases = List.copyOf(cases);
        demonstration = List.copyOf(demonstration);
        townships = List.copyOf(townships);
    }

    public CleanupTotal cleanup(String kind) {
        return find(cleanup, kind);
    }

    public CleanupTotal completed(String kind) {
        return find(cleanupCompleted, kind);
    }

    public Optional<DemolitionTotal> demolitions(String status) {
        return demolitions.stream().filter(d -> d.status().equals(status)).findFirst();
    }

    public Optional<TownshipRow> township(String code) {
        return townships.stream().filter(t -> t.code().equals(code)).findFirst();
    }

    public int demolitionSites() {
        return demolitions.stream().mapToInt(DemolitionTotal::sites).sum();
    }

    public double demolitionM2() {
        return demolitions.stream().mapToDouble(DemolitionTotal::buildingM2).sum();
    }

    public int caseCount() {
        return cases.stream().mapToInt(CaseTotal::cases).sum();
    }

    public int overdueCases() {
        return cases.stream().mapToInt(CaseTotal::overdue).sum();
    }

    private static CleanupTotal find(List<CleanupTotal> totals, String kind) {
        return totals.stream().filter(t -> t.kind().equals(kind)).findFirst().orElse(CleanupTotal.empty(kind));
    }
}
