package rectimap.campaign.sample;

import java.util.List;

/**
 * A demonstration site named in the campaign summary, from {@code data/demonstration_sites.csv}: kind (示范镇 or
 * 文化体验村), the official code (empty for a place not in the division list, e.g. the natural village 郭店) and name.
 */
record DemonstrationSite(String kind, String code, String name, String note) {

    static List<DemonstrationSite> readAll() {
        return CsvTable.read("demonstration_sites.csv").map(row -> new DemonstrationSite(row.get("kind"),
                row.get("code"), row.get("name"), row.get("note")));
    }
}
