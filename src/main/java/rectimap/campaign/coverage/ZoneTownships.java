package rectimap.campaign.coverage;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import rectimap.model.Feature;

/**
 * Which township a zone answers for: the one its {@code township} value names (by name or 12-digit code, or its
 * {@code town_code}), else — a blank or unofficial name — the township it lies in (holding its interior point). So a
 * zone drawn in 龙居镇 before its form was filled in counts for 龙居镇, not for no township at all.
 */
final class ZoneTownships {
    private final Map<String, String> codeByName = new HashMap<>();
    private final Set<String> codes;
    private final ParentLocator locator;

    ZoneTownships(List<Feature> townships, ParentLocator locator) {
        townships.forEach(t -> codeByName.put(t.text("name"), t.text("code")));
        codes = townships.stream().map(t -> t.text("code")).collect(Collectors.toSet());
        this.locator = locator;
    }

    /** The code of the township {@code zone} answers for, "" when it names none and lies in none. */
    String codeOf(Feature zone) {
        String named = zone.text("township").strip();
        if (codeByName.containsKey(named)) {
            return codeByName.get(named);
        }
        for (String code : List.of(named, zone.text("town_code").strip())) {
            if (codes.contains(code)) {
                return code;
            }
        }
        return locator.parentOf(zone.geometry()).code();
    }
}
