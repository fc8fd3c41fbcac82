package rectimap.campaign.sample;

import java.util.Map;
import rectimap.campaign.planning.DemolitionStatus;
import rectimap.campaign.planning.ResponsibilityAreaSchema;
import rectimap.model.style.LabelRule;
import rectimap.model.style.LayerStyle;
import rectimap.model.style.MarkerShape;
import rectimap.model.style.Rgba;
import rectimap.model.style.Symbolizer;

/**
 * Styles of the four planning layers, meant to stand out over the pale reference map: strong outlines (0.6–0.9 mm,
 * against 0.3 mm for townships), light fills so the reference stays readable, colours classified by kind, and
 * demolition sites coloured by lifecycle status (red found → grey closed). Points and polygons of one GEOMETRY layer
 * share a symbolizer: the renderer fills and outlines polygons and draws the marker for points. Sizes in mm.
 */
final class PlanningStyles {
    private static final Rgba HALO = Rgba.WHITE.withAlpha(0.9);
    /** Planning labels show from 1:100,000 in: at district scale they would hide the township names. */
    private static final double LABEL_MAX_SCALE = 100_000;

    /** The ink of responsible persons' names: indigo, apart from the near-black of place names. */
    static final Rgba PERSON_INK = Rgba.hex("#4527a0");

    private PlanningStyles() {
    }

    /**
     * Responsibility areas by kind: a 0.8 mm outline in the kind's colour over a 15 % fill; labelled by person in
     * {@link #PERSON_INK}, smaller than place names, so "高某" under "解州镇" is not read as part of the place's name.
     */
    static LayerStyle responsibilityArea() {
        Map<String, Symbolizer> byKind = LayerStyle.inOrder(
                Map.entry(ResponsibilityAreaSchema.KIND_LEADER_TOWNSHIP, area("#c62828", 0.9)),
                Map.entry(ResponsibilityAreaSchema.KIND_DEPARTMENT_ROAD, area("#6a1b9a", 0.8)),
                Map.entry(ResponsibilityAreaSchema.KIND_CADRE_VILLAGE, area("#1565c0", 0.8)),
                Map.entry(ResponsibilityAreaSchema.KIND_CONTRACTOR, area("#2e7d32", 0.8)),
                Map.entry(ResponsibilityAreaSchema.KIND_PATROL, area("#ef6c00", 0.8)));
        return new LayerStyle(area("#455a64", 0.8), "kind", byKind,
                new LabelRule("person", LABEL_MAX_SCALE, 2.6, PERSON_INK, HALO, 60));
    }

    /** Road responsibility segments: a magenta band cased in white, labelled by department. */
    static LayerStyle roadResponsibility() {
        return LayerStyle.simple(Symbolizer.casedLine(Rgba.hex("#d81b60"), 1.0, Rgba.WHITE, 1.8))
                .withLabel(new LabelRule("department", LABEL_MAX_SCALE, 2.8, Rgba.hex("#880e4f"), HALO, 55));
    }

    /** Cleanup zones by kind: triangles for sites, outlined areas with a light fill. */
    static LayerStyle cleanupZone() {
        Map<String, Symbolizer> byKind = LayerStyle.inOrder(
                Map.entry("垃圾清理", zone("#8d6e63", MarkerShape.TRIANGLE)),
                Map.entry("建筑垃圾", zone("#5d4037", MarkerShape.TRIANGLE)),
                Map.entry("墙面美化", zone("#00897b", MarkerShape.SQUARE)),
                Map.entry("道路整修", zone("#546e7a", MarkerShape.SQUARE)),
                Map.entry("绿化", zone("#43a047", MarkerShape.CIRCLE)),
                Map.entry("污水治理", zone("#1e88e5", MarkerShape.CIRCLE)),
                Map.entry("残墙断壁", zone("#b71c1c", MarkerShape.DIAMOND)));
        return new LayerStyle(zone("#616161", MarkerShape.TRIANGLE), "kind", byKind,
                new LabelRule("kind", LABEL_MAX_SCALE / 2, 2.6, Rgba.hex("#263238"), HALO, 40));
    }

    /** Demolition sites by status: red while open, warm while pending, green or grey when done. */
    static LayerStyle demolitionSite() {
        Map<String, Symbolizer> byStatus = LayerStyle.inOrder(
                Map.entry(DemolitionStatus.FOUND.label(), site("#e53935")),
                Map.entry(DemolitionStatus.NOTICE.label(), site("#fb8c00")),
                Map.entry(DemolitionStatus.JUDICIAL.label(), site("#8e24aa")),
                Map.entry(DemolitionStatus.DEMOLISHED_BY_OWNER.label(), site("#43a047")),
                Map.entry(DemolitionStatus.FORCED.label(), site("#6d4c41")),
                Map.entry(DemolitionStatus.CLOSED.label(), site("#9e9e9e")));
        return new LayerStyle(site("#e53935"), "status", byStatus,
                new LabelRule("status", LABEL_MAX_SCALE / 2, 2.6, Rgba.hex("#3e2723"), HALO, 45));
    }

    /** Jurisdiction changes: small purple diamonds at the moved villages, labelled by their new township. */
    static LayerStyle jurisdictionChange() {
        return LayerStyle.simple(Symbolizer.marker(MarkerShape.DIAMOND, 2.4, Rgba.hex("#8e24aa").withAlpha(0.8),
                Rgba.hex("#4a148c"))).withLabel(new LabelRule("to_township", LABEL_MAX_SCALE / 2, 2.4,
                Rgba.hex("#4a148c"), HALO, 30));
    }

    private static Symbolizer area(String hex, double outlineMm) {
        return Symbolizer.area(Rgba.hex(hex).withAlpha(0.15), Rgba.hex(hex), outlineMm);
    }

    private static Symbolizer zone(String hex, MarkerShape marker) {
        return new Symbolizer(Rgba.hex(hex).withAlpha(0.35), Rgba.hex(hex), 0.6, Rgba.TRANSPARENT, 0, marker, 3.2);
    }

    private static Symbolizer site(String hex) {
        return new Symbolizer(Rgba.hex(hex).withAlpha(0.6), Rgba.hex("#212121"), 0.6, Rgba.TRANSPARENT, 0,
                MarkerShape.SQUARE, 3.0);
    }
}
