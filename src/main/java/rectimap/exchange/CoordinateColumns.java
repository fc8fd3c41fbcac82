package rectimap.exchange;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Finds a table's coordinate columns by their headers, in English and Chinese. Names that state the role
 * (经度, 东坐标, 横坐标, easting; 纬度, 北坐标, 纵坐标, northing) are taken for that role; the bare letters x/y
 * (X, x坐标, POINT_X) are taken as written, and {@link SurveyAxes} later tells from the values whether a survey
 * table's X is in fact the northing. Headers are compared without case, blanks and a unit in brackets, so
 * "X坐标（m）" and "经度(°)" match. Stateless.
 */
final class CoordinateColumns {
    static final Set<String> X_NAMES = Set.of("lon", "lng", "long", "longitude", "x", "经度", "东经", "x坐标",
            "坐标x", "东坐标", "横坐标", "东", "easting", "east", "point_x", "coord_x", "x_coord", "xcoord");
    static final Set<String> Y_NAMES = Set.of("lat", "latitude", "y", "纬度", "北纬", "y坐标", "坐标y", "北坐标",
            "纵坐标", "北", "northing", "north", "point_y", "coord_y", "y_coord", "ycoord");

    private CoordinateColumns() {
    }

    /** The index of the first header among {@code names}, or -1. */
    static int byName(List<String> headers, Set<String> names) {
        for (int c = 0; c < headers.size(); c++) {
            if (names.contains(normalised(headers.get(c)))) {
                return c;
            }
        }
        return -1;
    }

    /** The index of the header equal to {@code chosen} (trimmed), or -1. */
    static int exactly(List<String> headers, String chosen) {
        for (int c = 0; c < headers.size(); c++) {
            if (headers.get(c).trim().equals(chosen.trim())) {
                return c;
            }
        }
        return -1;
    }

    /** "X坐标（m）" → "x坐标": lower case, no blanks, no bracketed unit. */
    static String normalised(String header) {
        return header.toLowerCase(Locale.ROOT).replaceAll("[(（\\[【][^)）\\]】]*[)）\\]】]", "")
                .replaceAll("[\\s\\u3000\\uFEFF]", "");
    }
}
