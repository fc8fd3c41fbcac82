package rectimap.raster;

/**
 * Names one decoded tile in the {@link TileCache}: {@code source} is an id unique to the source and its content
 * (e.g. the file's absolute path with its size and modification time, or a service URL with its layer and matrix
 * set), {@code level} the overview or zoom level, {@code column}/{@code row} the tile's place in that level.
 */
public record TileKey(String source, int level, long column, long row) {
}
