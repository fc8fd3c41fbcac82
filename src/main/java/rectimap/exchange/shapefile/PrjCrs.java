package rectimap.exchange.shapefile;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import rectimap.exchange.CrsCertainty;
import rectimap.exchange.SourceCrs;
import rectimap.geo.GaussKrugerZone3;

/**
 * Maps the WKT of a .prj (ESRI WKT1 as ArcGIS and GDAL write it, OGC WKT1 with an AUTHORITY, WKT2 with an ID) to
 * an EPSG code: CGCS2000 geographic (4490) and Gauss-Krüger (3° CM xxxE 4534–4554, 3° zone-prefixed 4513–4533, 6°
 * 4491–4512), WGS 84 (4326) and its UTM zones. The projection parameters decide when present (central meridian
 * and false easting), so a renamed .prj still maps; the name decides between 3° and 6° codes that share them.
 * Xian 1980 and Beijing 1954 are recognised and reported as {@link Reading#unsupported()}: transforming them to
 * CGCS2000 needs parameters the file does not carry. Stateless.
 */
final class PrjCrs {
    private static final Pattern QUOTED = Pattern.compile("\"([^\"]*)\"");
    private static final Pattern PARAMETER = Pattern.compile(
            "PARAMETER\\s*\\[\\s*\"([^\"]+)\"\\s*,\\s*([-+0-9.eE]+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern EPSG_ID = Pattern.compile(
            "(?:AUTHORITY|ID)\\s*\\[\\s*\"EPSG\"\\s*,\\s*\"?(\\d+)\"?\\s*]", Pattern.CASE_INSENSITIVE);
    private static final Pattern CM_NAME = Pattern.compile("gk_cm_(\\d+)e");
    private static final Pattern ZONE_NAME = Pattern.compile("gk_zone_(\\d+)");
    private static final Pattern UTM_NAME = Pattern.compile("wgs_1984_utm_zone_(\\d+)n");

    private PrjCrs() {
    }

    /**
     * What a .prj says.
     *
     * @param crs         the CRS; certainty DECLARED when mapped, UNKNOWN (epsg 0) when not
     * @param unsupported why it cannot be used although recognised (Xian 1980, Beijing 1954), or null
     */
    record Reading(SourceCrs crs, String unsupported) {
    }

    static Reading read(String wkt) {
        String text = wkt.trim();
        Matcher quoted = QUOTED.matcher(text);
        String name = quoted.find() ? quoted.group(1) : text;
        String norm = normalise(text);
        boolean projected = text.regionMatches(true, 0, "PROJ", 0, 4);
        Datum datum = Datum.of(norm);
        if (datum == Datum.XIAN_1980 || datum == Datum.BEIJING_1954) {
            return new Reading(SourceCrs.unknown(name), datum.label + " (" + name + ") is recognised but cannot be"
                    + " transformed to CGCS2000 without the local conversion parameters");
        }
        int epsg = topLevelEpsg(text);
        if (epsg == 0) {
            epsg = projected ? projectedEpsg(datum, normalise(name), parameters(text)) : geographicEpsg(datum);
        }
        return new Reading(epsg == 0 ? SourceCrs.unknown(name) : new SourceCrs(epsg, name, CrsCertainty.DECLARED),
                null);
    }

    private static int geographicEpsg(Datum datum) {
        return switch (datum) {
            case CGCS2000 -> 4490;
            case WGS_1984 -> 4326;
            default -> 0;
        };
    }

    private static int projectedEpsg(Datum datum, String name, Map<String, Double> parameters) {
        Double cm = parameters.get("central_meridian");
        Double fe = parameters.get("false_easting");
        Double k = parameters.getOrDefault("scale_factor", 1.0);
        if (datum == Datum.WGS_1984) {
            Matcher utm = UTM_NAME.matcher(name);
            if (cm != null && Math.abs(k - 0.9996) < 1e-9 && fe != null && fe == 500_000) {
                return 32600 + (int) Math.round((cm + 183) / 6);
            }
            return utm.find() ? 32600 + Integer.parseInt(utm.group(1)) : 0;
        }
        if (datum != Datum.CGCS2000) {
            return 0;
        }
        boolean threeDegree = name.contains("3_degree") || !name.matches(".*(^|_)gk_(cm|zone)_.*");
        if (cm != null && fe != null && Math.abs(k - 1.0) < 1e-9 && cm == Math.rint(cm)) {
            return gaussKruger((int) Math.round(cm), fe, threeDegree);
        }
        Matcher byCm = CM_NAME.matcher(name);
        if (byCm.find()) {
            return gaussKruger(Integer.parseInt(byCm.group(1)), 500_000, threeDegree);
        }
        Matcher byZone = ZONE_NAME.matcher(name);
        if (byZone.find()) {
            int zone = Integer.parseInt(byZone.group(1));
            int centralMeridian = threeDegree ? 3 * zone : 6 * zone - 3;
            return gaussKruger(centralMeridian, zone * 1_000_000.0 + 500_000, threeDegree);
        }
        return 0;
    }

    /** The CGCS2000 Gauss-Krüger code for a central meridian and false easting, or 0. */
    static int gaussKruger(int centralMeridian, double falseEasting, boolean threeDegree) {
        boolean plain = falseEasting == 500_000;
        int zone3 = centralMeridian / 3;
        if (threeDegree && centralMeridian % 3 == 0 && zone3 >= GaussKrugerZone3.FIRST_ZONE
                && zone3 <= GaussKrugerZone3.LAST_ZONE
                && (plain || falseEasting == zone3 * 1_000_000.0 + 500_000)) {
            return new GaussKrugerZone3(zone3, plain ? GaussKrugerZone3.EastingForm.PLAIN
                    : GaussKrugerZone3.EastingForm.ZONE_PREFIXED).epsg();
        }
        int zone6 = (centralMeridian + 3) / 6;
        if (!threeDegree && (centralMeridian + 3) % 6 == 0 && zone6 >= 13 && zone6 <= 23
                && (plain || falseEasting == zone6 * 1_000_000.0 + 500_000)) {
            return plain ? 4502 + zone6 - 13 : 4491 + zone6 - 13;
        }
        return 0;
    }

    /** The EPSG code of the outermost AUTHORITY/ID (the last one in WKT1, at bracket depth 1), or 0. */
    private static int topLevelEpsg(String text) {
        Matcher id = EPSG_ID.matcher(text);
        int code = 0;
        while (id.find()) {
            int depth = 0;
            for (int i = 0; i < id.start(); i++) {
                char c = text.charAt(i);
                depth += c == '[' || c == '(' ? 1 : c == ']' || c == ')' ? -1 : 0;
            }
            if (depth == 1) {
                code = Integer.parseInt(id.group(1));
            }
        }
        return code;
    }

    private static Map<String, Double> parameters(String text) {
        Map<String, Double> parameters = new HashMap<>();
        Matcher parameter = PARAMETER.matcher(text);
        while (parameter.find()) {
            try {
                parameters.put(normalise(parameter.group(1)), Double.parseDouble(parameter.group(2)));
            } catch (NumberFormatException e) {
                // a malformed number is as good as a missing parameter: the name decides
            }
        }
        return parameters;
    }

    /** Lower case, every run of non-alphanumerics one "_", "Gauss-Kruger" shortened to "gk" as ESRI names write it. */
    static String normalise(String text) {
        String lower = text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_");
        return lower.replace("gauss_kruger", "gk");
    }

    private enum Datum {
        CGCS2000("CGCS2000"), WGS_1984("WGS 84"), XIAN_1980("Xian 1980"), BEIJING_1954("Beijing 1954"),
        OTHER("");

        final String label;

        Datum(String label) {
            this.label = label;
        }

        static Datum of(String norm) {
            if (norm.contains("xian_1980") || norm.contains("xian80") || norm.contains("xian_80")) {
                return XIAN_1980;
            }
            if (norm.contains("beijing_1954") || norm.contains("beijing54") || norm.contains("beijing_54")) {
                return BEIJING_1954;
            }
            if (norm.contains("china_2000") || norm.contains("cgcs2000") || norm.contains("cgcs_2000")
                    || norm.contains("china_geodetic_coordinate_system_2000")) {
                return CGCS2000;
            }
            if (norm.contains("wgs_1984") || norm.contains("wgs_84") || norm.contains("wgs84")) {
                return WGS_1984;
            }
            return OTHER;
        }
    }
}
