package rectimap.raster.service;

import rectimap.raster.tile.TileAddress;

/**
 * An XYZ (slippy map) template such as {@code https://tiles.example/{z}/{x}/{y}.png}: {z} zoom, {x} column, {y} row
 * from the north, {-y} row from the south (TMS), {s} one of a, b, c chosen by the tile (spreads the load the way
 * the service asks, and keeps each tile's address stable for the cache).
 */
public record XyzTileUrl(String template) implements TileUrl {
    private static final String SUBDOMAINS = "abc";

    @Override
    public String of(TileAddress tile) {
        long flipped = tile.matrix().matrixHeight() - 1 - tile.row();
        int subdomain = (int) Math.floorMod(tile.column() + tile.row(), (long) SUBDOMAINS.length());
        return template.replace("{z}", Integer.toString(tile.matrix().zoom()))
                .replace("{x}", Long.toString(tile.column()))
                .replace("{-y}", Long.toString(flipped))
                .replace("{y}", Long.toString(tile.row()))
                .replace("{s}", String.valueOf(SUBDOMAINS.charAt(subdomain)));
    }

    /** True when {@code text} looks like an XYZ template (has {z}, {x} and {y} or {-y}). */
    public static boolean isTemplate(String text) {
        return text.contains("{z}") && text.contains("{x}") && (text.contains("{y}") || text.contains("{-y}"));
    }
}
