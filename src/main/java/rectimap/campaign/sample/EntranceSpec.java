package rectimap.campaign.sample;

import java.util.List;

/**
 * One of the six city entrances (城市出入口) from {@code data/city_entrances.csv}: the road's name, where it leads,
 * its approximate bearing in degrees clockwise from north, and optionally the township whose seat it ends at
 * (empty: it runs to near the district boundary).
 */
record EntranceSpec(String name, String toward, double bearingDeg, String endTownshipCode, String note) {

    static List<EntranceSpec> readAll() {
        return CsvTable.read("city_entrances.csv").map(row -> new EntranceSpec(row.get("name"), row.get("toward"),
                Double.parseDouble(row.get("bearing_deg")), row.get("end_township_code"), row.get("note")));
    }
}
