package rectimap.campaign.review;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.locationtech.jts.geom.Geometry;
import rectimap.campaign.place.DivisionPlaces;
import rectimap.campaign.place.TownshipPlace;
import rectimap.campaign.place.VillageCells;
import rectimap.campaign.place.VillagePlace;
import rectimap.model.Feature;
import rectimap.model.Layer;
import rectimap.model.MapLayer;
import rectimap.model.Project;

/**
 * The review list: the sites of every {@link SiteKind}, in kind order, then township order, then code. Seeded from
 * the division layers (township {@code demo} = 示范镇, village {@code culture} = 文化体验村, as the sample carries the
 * summary's named sites) and changed by the project's {@link SiteMark}s in the order recorded. A mark naming a code
 * the layers do not hold is ignored (the village may have been removed). Pure; any thread.
 */
public final class ReviewSites {
    private ReviewSites() {
    }

    public static List<DemonstrationSite> of(Project project, DivisionPlaces places, List<SiteMark> marks) {
        Map<SiteKind, Set<String>> chosen = seeds(project);
        for (SiteMark mark : marks) {
            Set<String> codes = chosen.get(mark.kind());
            if (mark.action() == SiteMark.MarkAction.MARK) {
                codes.add(mark.code());
            } else {
                codes.remove(mark.code());
            }
        }
        List<DemonstrationSite> sites = new ArrayList<>();
        Map<String, Map<String, Geometry>> cellsByTownship = new HashMap<>();
        for (SiteKind kind : SiteKind.values()) {
            for (TownshipPlace township : places.townships()) {
                if (kind.isTown()) {
                    if (chosen.get(kind).contains(township.code())) {
                        sites.add(new DemonstrationSite(kind, township.code(), township.name(), township.code(),
                                township.name(), township.boundaryLonLat()));
                    }
                    continue;
                }
                for (VillagePlace village : places.villagesOf(township.code())) {
                    if (chosen.get(kind).contains(village.code())) {
                        Geometry cell = cellsByTownship.computeIfAbsent(township.code(),
                                c -> VillageCells.of(township, places.villagesOf(c))).get(village.code());
                        sites.add(new DemonstrationSite(kind, village.code(), village.name(), township.code(),
                                township.name(), cell == null ? village.pointLonLat() : cell));
                    }
                }
            }
        }
        return sites;
    }

    private static Map<SiteKind, Set<String>> seeds(Project project) {
        Map<SiteKind, Set<String>> chosen = new HashMap<>();
        for (SiteKind kind : SiteKind.values()) {
            chosen.put(kind, new LinkedHashSet<>());
        }
        for (Feature f : features(project, "township")) {
            if (SiteKind.DEMO_TOWN.label().equals(f.text("demo"))) {
                chosen.get(SiteKind.DEMO_TOWN).add(f.text("code"));
            }
        }
        for (Feature f : features(project, "village")) {
            if (SiteKind.CULTURE_VILLAGE.label().equals(f.text("culture"))) {
                chosen.get(SiteKind.CULTURE_VILLAGE).add(f.text("code"));
            }
        }
        return chosen;
    }

    private static List<Feature> features(Project project, String table) {
        return project.layer(table).map(MapLayer::layer).map(Layer::features).orElse(List.of());
    }
}
