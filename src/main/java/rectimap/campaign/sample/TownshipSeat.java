package rectimap.campaign.sample;

import java.util.List;

/**
 * An approximate township seat from {@code data/township_seats_schematic.csv}: code, name and a plausible position
 * (lon/lat in degrees, EPSG:4490) that the schematic township cells grow from. Positions are 示意, not surveyed.
 */
record TownshipSeat(String code, String name, double lon, double lat, String note) {

    static List<TownshipSeat> readAll() {
        return CsvTable.read("township_seats_schematic.csv").map(row -> new TownshipSeat(row.get("code"),
                row.get("name"), Double.parseDouble(row.get("lon")), Double.parseDouble(row.get("lat")),
                row.get("note")));
    }
}
