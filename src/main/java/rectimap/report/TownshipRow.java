package rectimap.report;

/**
 * One township's line of the report: its cleanup work summed over all kinds, its demolitions and cases, the share of
 * it covered by responsibility areas (percent, null when not computed) and its demonstration review progress.
 */
public record TownshipRow(String code, String name, CleanupTotal cleanup, DemolitionTotal demolitions, CaseTotal cases,
        Double coveredPercent, DemonstrationProgress demonstration) {
}
