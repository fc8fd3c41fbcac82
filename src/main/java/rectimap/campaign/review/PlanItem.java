package rectimap.campaign.review;

/**
 * One plan item of a site: a cleanup/renovation feature (table {@code cleanup_zone}) or a demolition site
 * ({@code demolition_site}) inside the site's boundary. {@code surface} is the 三面改造 group (路面, 墙面, 田面) or
 * 其他; quantities are null where the feature gives none: places (处), tonnes (吨), work area (m²), length (km).
 */
public record PlanItem(String table, long featureId, String kind, PlanSurface surface, String status, Long places,
        Double tonnes, Double areaM2, Double km, String note) {
}
