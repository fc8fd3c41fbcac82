package rectimap.exchange;

import java.util.Locale;
import rectimap.model.Project;

/**
 * Table names for imported layers: letters (Chinese included), digits and underscores, lower case, not starting
 * with a digit or {@code gpkg_}/{@code rtree_} (reserved by GeoPackage), unique in the project (a number is added).
 */
public final class NewLayerNames {
    private NewLayerNames() {
    }

    public static String unique(String wanted, Project project) {
        String base = wanted.trim().toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}_]+", "_")
                .replaceAll("^_+|_+$", "");
        if (base.isEmpty() || Character.isDigit(base.charAt(0)) || base.startsWith("gpkg_")
                || base.startsWith("rtree_") || base.startsWith("sqlite_")) {
            base = "imported_" + base;
        }
        String name = base;
        for (int n = 2; project.layer(name).isPresent(); n++) {
            name = base + "_" + n;
        }
        return name;
    }

    /**
     * {@code wanted} as a layer title not yet used in the project (GeoPackage requires unique identifiers in
     * gpkg_contents): "片区", then "片区 (2)", ….
     */
    public static String uniqueTitle(String wanted, Project project) {
        String base = wanted.isBlank() ? "导入图层" : wanted.trim();
        String title = base;
        for (int n = 2; titleTaken(title, project); n++) {
            title = base + " (" + n + ")";
        }
        return title;
    }

    private static boolean titleTaken(String title, Project project) {
        return project.layers().stream().anyMatch(l -> l.info().title().equals(title));
    }
}
