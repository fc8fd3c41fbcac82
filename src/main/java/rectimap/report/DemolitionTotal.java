package rectimap.report;

/** Demolition sites in one lifecycle status: how many (处, one per site) and their building area (m², {@code building_m2}). */
public record DemolitionTotal(String status, int sites, double buildingM2) {

    public DemolitionTotal plus(double addBuildingM2) {
        return new DemolitionTotal(status, sites + 1, buildingM2 + addBuildingM2);
    }
}
