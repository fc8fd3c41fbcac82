package rectimap.campaign.coverage;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import rectimap.campaign.jurisdiction.JurisdictionHistory;
import rectimap.model.Feature;

/**
 * Villages no 乡镇干部包村 area names: a village is covered when a cadre area's {@code village} value is its name and
 * its {@code township} value is the name of the township the village belongs to on the day (after any 隶属调整),
 * or is blank. A village moved to another township therefore needs a cadre there. Pure.
 */
final class VillageCheck {
    private VillageCheck() {
    }

    static List<UncoveredVillage> uncovered(List<Feature> villages, List<Feature> cadreZones,
            Map<String, String> townshipNames, JurisdictionHistory history, LocalDate asOf) {
        Set<String> named = new HashSet<>();
        for (Feature zone : cadreZones) {
            named.add(zone.text("township") + "|" + zone.text("village"));
        }
        List<UncoveredVillage> result = new ArrayList<>();
        for (Feature village : villages) {
            String code = village.text("code");
            String townshipCode = history.townshipOf(code, asOf).orElse(village.text("township_code"));
            String townshipName = townshipNames.getOrDefault(townshipCode, "");
            String name = village.text("name");
            if (!named.contains(townshipName + "|" + name) && !named.contains("|" + name)) {
                result.add(new UncoveredVillage(code, name, townshipCode, townshipName, village.geometry()));
            }
        }
        return result;
    }
}
