package rectimap.raster.service;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A service location as a user types it: {@code URL[#choice=value&…]}. The query's own parameters that are no OGC
 * request parameters (a key such as {@code tk}, MapServer's {@code map}) are carried to every request; the
 * fragment holds Rectimap's choices ({@code layer}, {@code set}, {@code layers}, {@code maxzoom}, {@code title}).
 */
record ServiceAddress(String url, Map<String, String> choices, List<QueryKey> carried) {
    private static final Set<String> OGC = Set.of("service", "request", "version", "layer", "layers", "crs", "srs",
            "tilematrixset", "format", "style", "styles", "bbox", "width", "height", "transparent");
    /** Parameters whose values are secrets and never go into ids, caches or project files. */
    private static final Set<String> SECRET = Set.of("tk", "key", "token", "apikey", "access_token");

    static ServiceAddress parse(String location) {
        int hash = location.indexOf('#');
        String url = hash < 0 ? location : location.substring(0, hash);
        Map<String, String> choices = pairs(hash < 0 ? "" : location.substring(hash + 1));
        int query = url.indexOf('?');
        List<QueryKey> carried = new ArrayList<>();
        if (query >= 0) {
            pairs(url.substring(query + 1)).forEach((name, value) -> {
                if (!OGC.contains(name.toLowerCase(Locale.ROOT))) {
                    carried.add(new QueryKey(name, value));
                }
            });
        }
        return new ServiceAddress(url, choices, carried);
    }

    /** {@code url} plus the carried parameters it lacks. */
    String withCarried(String target) {
        String lower = target.toLowerCase(Locale.ROOT);
        String out = target;
        for (QueryKey key : carried) {
            String name = key.name().toLowerCase(Locale.ROOT);
            if (!lower.contains("?" + name + "=") && !lower.contains("&" + name + "=")) {
                out = key.appendTo(out);
            }
        }
        return out;
    }

    /** The address for asking capabilities: the URL itself when it already asks for them, else with the request. */
    String capabilitiesUrl(String service) {
        String lower = url.toLowerCase(Locale.ROOT);
        if (lower.contains("request=getcapabilities") || lower.endsWith(".xml")) {
            return url;
        }
        return new QueryKey("REQUEST", "GetCapabilities").appendTo(new QueryKey("SERVICE", service).appendTo(url));
    }

    /**
     * The location with secret values and the user's title left out: the id of caches and downloaded packages (a
     * service renamed keeps its tiles).
     */
    String id() {
        String id = url.replaceAll("(?i)([?&](?:" + String.join("|", SECRET) + ")=)[^&#]*", "$1");
        Map<String, String> kept = new LinkedHashMap<>(choices);
        kept.remove(ServiceTitle.CHOICE);
        return kept.isEmpty() ? id : id + "#" + kept;
    }

    String host() {
        try {
            String host = URI.create(url.replaceAll("\\{[^}]*}", "x")).getHost();
            return host == null ? url : host;
        } catch (IllegalArgumentException e) {
            return url;
        }
    }

    private static Map<String, String> pairs(String text) {
        Map<String, String> pairs = new LinkedHashMap<>();
        for (String pair : text.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                pairs.put(pair.substring(0, eq), java.net.URLDecoder.decode(pair.substring(eq + 1),
                        java.nio.charset.StandardCharsets.UTF_8));
            }
        }
        return pairs;
    }
}
