package rectimap.campaign.review;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import rectimap.campaign.planning.CleanupZoneSchema;
import rectimap.campaign.planning.DemolitionSiteSchema;
import rectimap.model.Feature;
import rectimap.model.Layer;
import rectimap.model.MapLayer;
import rectimap.model.Project;

/**
 * The plan items of a site: every cleanup zone and demolition site whose interior point lies in the site's boundary,
 * ordered by 三面 group, kind and feature id. Pure; any thread.
 */
public final class PlanItems {
    /** What a demolition site is called in a plan-item list. */
    public static final String DEMOLITION_KIND = "拆违";

    private PlanItems() {
    }

    public static List<PlanItem> inside(Project project, Geometry boundaryLonLat) {
        PreparedGeometry boundary = PreparedGeometryFactory.prepare(boundaryLonLat);
        List<PlanItem> items = new ArrayList<>();
        for (Feature f : features(project, CleanupZoneSchema.TABLE)) {
            if (boundary.covers(f.geometry().getInteriorPoint())) {
                String kind = f.text("kind");
                items.add(new PlanItem(CleanupZoneSchema.TABLE, f.id(), kind, PlanSurface.ofCleanupKind(kind),
                        f.text("status"), asLong(f.get("places")), asDouble(f.get("tonnes")),
                        asDouble(f.get("area_m2_work")), asDouble(f.get("km")), f.text("note")));
            }
        }
        for (Feature f : features(project, DemolitionSiteSchema.TABLE)) {
            if (boundary.covers(f.geometry().getInteriorPoint())) {
                items.add(new PlanItem(DemolitionSiteSchema.TABLE, f.id(), DEMOLITION_KIND, PlanSurface.OTHER,
                        f.text("status"), 1L, null, asDouble(f.get("building_m2")), null, f.text("location")));
            }
        }
        items.sort(Comparator.comparing(PlanItem::surface).thenComparing(PlanItem::kind)
                .thenComparing(PlanItem::table).thenComparingLong(PlanItem::featureId));
        return items;
    }

    private static List<Feature> features(Project project, String table) {
        return project.layer(table).map(MapLayer::layer).map(Layer::features).orElse(List.of());
    }

    static Long asLong(Object value) {
        return value instanceof Number n ? n.longValue() : null;
    }

    static Double asDouble(Object value) {
        return value instanceof Number n ? n.doubleValue() : null;
    }
}
