package rectimap.campaign.sample;

import java.util.List;

/**
 * One row of the official division list {@code data/yanhu_divisions.csv} (NBS 统计用区划代码, 2022): a 12-digit
 * code, the official name, the level ({@code county}, {@code township}, {@code village}), the parent's code and the
 * kind ({@code district}, {@code subdistrict}, {@code town}, {@code township}, {@code devzone}, {@code village},
 * {@code community}, {@code community_like}).
 */
record Division(String code, String name, String level, String parentCode, String kind) {

    /** The whole list in file order. */
    static List<Division> readAll() {
        return CsvTable.read("yanhu_divisions.csv").map(row -> new Division(
                row.get("code"), row.get("name"), row.get("level"), row.get("parent_code"), row.get("kind")));
    }

    boolean isTownship() {
        return level.equals("township");
    }

    boolean isVillage() {
        return level.equals("village");
    }

    /** Whether the unit is a community (社区) rather than a village (村): communities lie nearer the seat. */
    boolean isCommunity() {
        return kind.equals("community") || kind.equals("community_like");
    }

    /** The Chinese kind shown to users: 街道/镇/乡/开发区 for townships, 村委会/社区居委会/虚拟社区 for villages. */
    String kindLabel() {
        return switch (kind) {
            case "district" -> "区";
            case "subdistrict" -> "街道";
            case "town" -> "镇";
            case "township" -> "乡";
            case "devzone" -> "开发区";
            case "village" -> "村委会";
            case "community" -> "社区居委会";
            case "community_like" -> "虚拟社区";
            default -> throw new IllegalStateException(
                    "data/yanhu_divisions.csv: unknown kind '" + kind + "' for " + code);
        };
    }
}
