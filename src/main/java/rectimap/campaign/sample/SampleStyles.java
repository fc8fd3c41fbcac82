package rectimap.campaign.sample;

import java.util.Map;
import java.util.Optional;
import rectimap.model.GeometryKind;
import rectimap.model.style.Emphasis;
import rectimap.model.style.LabelRule;
import rectimap.model.style.LayerStyle;
import rectimap.model.style.MarkerShape;
import rectimap.model.style.Rgba;
import rectimap.model.style.Symbolizer;

/**
 * The styles a planner expects for the Yanhu sample layers ({@code district}, {@code township}, {@code salt_lake},
 * {@code road}, {@code village}, {@code city_entrance}), for the planning layers ({@code responsibility_area},
 * {@code road_responsibility}, {@code cleanup_zone}, {@code demolition_site}; see {@link PlanningStyles}), and a
 * plain default per geometry kind for anything else.
 * Sizes in millimetres; label scales are denominators of 1:N.
 */
public final class SampleStyles {

    /** Labels with this maximum scale denominator show at every scale. */
    public static final double ALWAYS = Double.MAX_VALUE;
    /** Village names show on screen from township scale in (1:100,000 or larger); printed sheets go by paper space. */
    public static final double VILLAGE_LABEL_MAX_SCALE = 100_000;
    /**
     * Village names rank above the planning labels (60 and below) and roads (15): a reader finds his way by the
     * place names, and a village's access road ("…进村路") then gives way to the village.
     */
    static final int VILLAGE_LABEL_PRIORITY = 65;
    /** Road names show from 1:50,000 in (below that, village access-road names crowd out the villages). */
    public static final double ROAD_LABEL_MAX_SCALE = 50_000;

    private static final Rgba LABEL_DARK = Rgba.hex("#262626");
    private static final Rgba HALO = Rgba.WHITE.withAlpha(0.9);

    private SampleStyles() {
    }

    /** The style of a sample or planning table, or empty when the table is neither. */
    public static Optional<LayerStyle> forTable(String tableName) {
        return Optional.ofNullable(switch (tableName) {
            case "district" -> district();
            case "township" -> township();
            case "salt_lake" -> saltLake();
            case "road" -> road();
            case "village" -> village();
            case "city_entrance" -> cityEntrance();
            case "responsibility_area" -> PlanningStyles.responsibilityArea();
            case "road_responsibility" -> PlanningStyles.roadResponsibility();
            case "cleanup_zone" -> PlanningStyles.cleanupZone();
            case "demolition_site" -> PlanningStyles.demolitionSite();
            case "supervision_case" -> rectimap.campaign.cases.CaseStyles.byStatus();
            case "jurisdiction_change" -> PlanningStyles.jurisdictionChange();
            default -> null;
        });
    }

    /** The sample style of the table, else a plain style for its geometry kind. */
    public static LayerStyle forTableOrDefault(String tableName, GeometryKind kind) {
        return forTable(tableName).orElseGet(() -> defaultFor(kind));
    }

    /** A neutral style for a layer we know nothing about. */
    public static LayerStyle defaultFor(GeometryKind kind) {
        if (kind.isAreal()) {
            return LayerStyle.simple(Symbolizer.area(Rgba.hex("#9e9e9e").withAlpha(0.35), Rgba.hex("#616161"), 0.3));
        }
        if (kind.isLineal()) {
            return LayerStyle.simple(Symbolizer.line(Rgba.hex("#455a64"), 0.4));
        }
        return LayerStyle.simple(Symbolizer.marker(MarkerShape.CIRCLE, 2.0, Rgba.hex("#78909c"), Rgba.hex("#263238")));
    }

    /** The district boundary: no fill, a dark-purple line over a pale purple band (administrative boundary look). */
    public static LayerStyle district() {
        Rgba purple = Rgba.hex("#4a1f6e");
        Rgba band = Rgba.hex("#b48fd6").withAlpha(0.5);
        return LayerStyle.simple(new Symbolizer(Rgba.TRANSPARENT, purple, 0.8, band, 2.6, MarkerShape.NONE, 0));
    }

    /** Townships filled by kind, grey outline, always labelled; demonstration towns get a gold outline on top. */
    public static LayerStyle township() {
        Rgba outline = Rgba.hex("#8a8a8a");
        Map<String, Symbolizer> byKind = LayerStyle.inOrder(
                Map.entry("街道", Symbolizer.area(Rgba.hex("#f7d9c9"), outline, 0.3)),
                Map.entry("镇", Symbolizer.area(Rgba.hex("#fbf0c6"), outline, 0.3)),
                Map.entry("乡", Symbolizer.area(Rgba.hex("#dcefd2"), outline, 0.3)),
                Map.entry("开发区", Symbolizer.area(Rgba.hex("#d8e4f6"), outline, 0.3)));
        Symbolizer gold = new Symbolizer(Rgba.TRANSPARENT, Rgba.hex("#d99a00"), 0.9,
                Rgba.hex("#ffd54f").withAlpha(0.55), 2.0, MarkerShape.NONE, 0);
        return new LayerStyle(Symbolizer.area(Rgba.hex("#eeeeee"), outline, 0.3), "kind", byKind,
                new LabelRule("name", ALWAYS, 3.6, LABEL_DARK, HALO, 100))
                .withEmphasis(new Emphasis("demo", "示范镇", gold));
    }

    /** The salt lake: light blue with a blue outline, labelled with its name (运城盐湖). */
    public static LayerStyle saltLake() {
        return LayerStyle.simple(Symbolizer.area(Rgba.hex("#bfe2f6"), Rgba.hex("#3f8fd2"), 0.4))
                .withLabel(new LabelRule("name", ALWAYS, 3.6, Rgba.hex("#1b5a94"), HALO, 90));
    }

    /**
     * Roads by level, widths 1.2 → 0.2 mm, conventional Chinese map colours; named at larger scales, after the
     * villages (lower label priority: a village name matters more than its access road's).
     */
    public static LayerStyle road() {
        Map<String, Symbolizer> byLevel = LayerStyle.inOrder(
                Map.entry("高速公路", Symbolizer.casedLine(Rgba.hex("#3aa35b"), 1.2, Rgba.hex("#e07b14"), 1.7)),
                Map.entry("国道", Symbolizer.casedLine(Rgba.hex("#e0453a"), 1.0, Rgba.hex("#8e1f18"), 1.35)),
                Map.entry("省道", Symbolizer.casedLine(Rgba.hex("#f6b73c"), 0.8, Rgba.hex("#a66a05"), 1.1)),
                Map.entry("县道", Symbolizer.casedLine(Rgba.hex("#fafafa"), 0.6, Rgba.hex("#7a7a7a"), 0.85)),
                Map.entry("乡道", Symbolizer.line(Rgba.hex("#8f8f8f"), 0.4)),
                Map.entry("村道", Symbolizer.line(Rgba.hex("#b0b0b0"), 0.2)));
        return new LayerStyle(Symbolizer.line(Rgba.hex("#9e9e9e"), 0.3), "level", byLevel,
                new LabelRule("name", ROAD_LABEL_MAX_SCALE, 2.8, Rgba.hex("#3b3b3b"), HALO, 15));
    }

    /** Villages by kind (村委会 circle, 社区居委会 square, 虚拟社区 diamond); cultural villages flagged red. */
    public static LayerStyle village() {
        Map<String, Symbolizer> byKind = LayerStyle.inOrder(
                Map.entry("村委会", Symbolizer.marker(MarkerShape.CIRCLE, 2.2, Rgba.hex("#5b8fd9"), Rgba.hex("#1f3f73"))),
                Map.entry("社区居委会",
                        Symbolizer.marker(MarkerShape.SQUARE, 2.2, Rgba.hex("#f0a050"), Rgba.hex("#7a4010"))),
                Map.entry("虚拟社区",
                        Symbolizer.marker(MarkerShape.DIAMOND, 2.4, Rgba.hex("#a98bd8"), Rgba.hex("#4a2a85"))));
        Symbolizer flag = Symbolizer.marker(MarkerShape.FLAG, 3.6, Rgba.hex("#d62020"), Rgba.hex("#5a0a0a"));
        return new LayerStyle(Symbolizer.marker(MarkerShape.CIRCLE, 2.0, Rgba.hex("#9e9e9e"), Rgba.hex("#424242")),
                "kind", byKind, new LabelRule("name", VILLAGE_LABEL_MAX_SCALE, 2.7, LABEL_DARK, HALO,
                VILLAGE_LABEL_PRIORITY))
                .withEmphasis(new Emphasis("culture", "文化体验村", flag));
    }

    /** City entrances: a large red star, always named. */
    public static LayerStyle cityEntrance() {
        return LayerStyle.simple(Symbolizer.marker(MarkerShape.STAR, 5.0, Rgba.hex("#e01b24"), Rgba.hex("#6b0000")))
                .withLabel(new LabelRule("name", ALWAYS, 3.2, Rgba.hex("#a30000"), HALO, 80));
    }
}
