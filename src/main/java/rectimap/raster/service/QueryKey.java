package rectimap.raster.service;

/**
 * A query parameter a service wants on every request, such as Tianditu's {@code tk}: the user's own key, read from
 * the user's settings and never written into a project file.
 */
public record QueryKey(String name, String value) {

    /** {@code url} with {@code name=value} added (or unchanged when value is blank). */
    public String appendTo(String url) {
        if (value == null || value.isBlank()) {
            return url;
        }
        String separator = url.endsWith("?") || url.endsWith("&") ? "" : url.contains("?") ? "&" : "?";
        return url + separator + name + "=" + WmtsTileUrl.encode(value);
    }

    /** The {@link TileUrl} that adds this key to every address {@code inner} makes. */
    public TileUrl on(TileUrl inner) {
        return tile -> appendTo(inner.of(tile));
    }
}
