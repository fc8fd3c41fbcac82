package rectimap.report;

import rectimap.campaign.coverage.CoverageState;

/**
 * One township's line of the report: its cleanup work summed over all kinds, its demolitions and cases, the share of
 * it covered by responsibility areas (percent; null when not computed or when the township has no 乡镇干部包村 area
 * yet), where it stands ({@code coverage}: 未分配 / 部分覆盖 / 全覆盖, null when not computed) and its demonstration
 * review progress.
 */
public record TownshipRow(String code, String name, CleanupTotal cleanup, DemolitionTotal demolitions, CaseTotal cases,
        Double coveredPercent, CoverageState coverage, DemonstrationProgress demonstration) {
}
