package rectimap.raster.service;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What the layer panel and the basemap lists call an online service: the title the user gave ({@code #title=…} in
 * the location), else for an XYZ template the layer its address names — the folders before the first placeholder
 * that are not generic (tiles, rest, services, MapServer, a version number…) and the values of a layer or style
 * query parameter — followed by the host: {@code ortho/webmercator (127.0.0.1)}, {@code World_Imagery
 * (server.arcgisonline.com)}; the host alone when the template names no layer ({@code tile.openstreetmap.org}).
 */
final class ServiceTitle {
    /** The choice in a location's fragment that carries the user's title. */
    static final String CHOICE = "title";
    private static final Set<String> GENERIC = Set.of("tiles", "tile", "tms", "wmts", "xyz", "rest", "services",
            "mapserver", "imageserver", "arcgis", "maps", "map", "api", "data", "layers", "styles", "static",
            "png", "jpg", "jpeg", "webp", "default", "service");
    private static final Set<String> LAYER_KEYS = Set.of("layer", "layers", "lyrs", "style", "mapstyle", "type",
            "t", "name", "map");

    private ServiceTitle() {
    }

    /** The user's title for {@code address}, else {@code otherwise}. */
    static String givenOr(ServiceAddress address, String otherwise) {
        String given = address.choices().getOrDefault(CHOICE, "").strip();
        return given.isEmpty() ? otherwise : given;
    }

    /** The title of an XYZ template (see the class comment). */
    static String ofTemplate(ServiceAddress address) {
        String layer = layerNamed(address.url());
        return givenOr(address, layer.isEmpty() ? address.host() : layer + " (" + address.host() + ")");
    }

    /** The layer a template's path and query name, "" when none. */
    static String layerNamed(String url) {
        String rest = url.replaceFirst("^[A-Za-z][A-Za-z0-9+.-]*://[^/?#]*", "");
        int query = rest.indexOf('?');
        String path = query < 0 ? rest : rest.substring(0, query);
        List<String> names = new ArrayList<>();
        for (String folder : path.split("/")) {
            if (folder.contains("{")) {
                break;
            }
            if (!folder.isBlank() && !GENERIC.contains(folder.toLowerCase(Locale.ROOT))
                    && !folder.matches("v?\\d+(\\.\\d+)*")) {
                names.add(folder);
            }
        }
        if (query >= 0) {
            for (String pair : rest.substring(query + 1).split("&")) {
                int eq = pair.indexOf('=');
                if (eq > 0 && LAYER_KEYS.contains(pair.substring(0, eq).toLowerCase(Locale.ROOT))
                        && !pair.contains("{") && eq < pair.length() - 1) {
                    names.add(java.net.URLDecoder.decode(pair.substring(eq + 1),
                            java.nio.charset.StandardCharsets.UTF_8));
                }
            }
        }
        return String.join("/", names);
    }
}
