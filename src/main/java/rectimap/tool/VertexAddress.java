package rectimap.tool;

/**
 * A vertex of a geometry: the index of its path (rings, lines and points in the order JTS lists them: per polygon the
 * shell, then its holes) and the vertex index within the path. For a closed ring, index 0 also names the closing
 * vertex. Immutable.
 */
public record VertexAddress(int path, int vertex) {
}
