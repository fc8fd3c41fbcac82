package rectimap.campaign.coverage;

/**
 * Road length of one level (高速公路 … 村道) and the part no 道路责任段 runs along, in metres (ellipsoidal).
 * {@code rank} orders the levels (1 = 高速公路).
 */
public record RoadLevelCoverage(String level, long rank, double totalM, double uncoveredM) {
    public double coveredPercent() {
        return totalM <= 0 ? 100 : Math.max(0, 100 * (totalM - uncoveredM) / totalM);
    }
}
