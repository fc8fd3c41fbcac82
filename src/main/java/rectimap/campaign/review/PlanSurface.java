package rectimap.campaign.review;

/**
 * The 三面改造 groups of the summary ("加快路面、墙面、田面'三面改造'"): road surface (道路整修), walls (墙面美化, 残墙断壁)
 * and fields/green land (绿化, 整理林带绿化用地); everything else (垃圾, 污水, 拆违) is 其他.
 */
public enum PlanSurface {
    ROAD("路面"),
    WALL("墙面"),
    FIELD("田面"),
    OTHER("其他");

    private final String label;

    PlanSurface(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The group of a cleanup kind (the {@code kind} values of {@code cleanup_zone}). */
    public static PlanSurface ofCleanupKind(String kind) {
        return switch (kind == null ? "" : kind) {
            case "道路整修" -> ROAD;
            case "墙面美化", "残墙断壁" -> WALL;
            case "绿化" -> FIELD;
            default -> OTHER;
        };
    }
}
