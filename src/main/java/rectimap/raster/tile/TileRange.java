package rectimap.raster.tile;

import java.util.ArrayList;
import java.util.List;

/**
 * The tiles of one matrix from ({@code minColumn}, {@code minRow}) to ({@code maxColumn}, {@code maxRow}), both
 * inclusive; empty when a maximum is below its minimum.
 */
public record TileRange(TileMatrix matrix, long minColumn, long minRow, long maxColumn, long maxRow) {

    public boolean isEmpty() {
        return maxColumn < minColumn || maxRow < minRow;
    }

    /** How many tiles, 0 when empty. */
    public long count() {
        return isEmpty() ? 0 : (maxColumn - minColumn + 1) * (maxRow - minRow + 1);
    }

    /**
     * The tiles row by row, north to south and west to east.
     *
     * @throws IllegalStateException when there are more than {@code limit} (a caller's guard against a request that
     *         would fetch a whole country)
     */
    public List<TileAddress> tiles(long limit) {
        if (count() > limit) {
            throw new IllegalStateException(count() + " tiles asked, at most " + limit);
        }
        List<TileAddress> tiles = new ArrayList<>((int) count());
        for (long row = minRow; row <= maxRow; row++) {
            for (long column = minColumn; column <= maxColumn; column++) {
                tiles.add(new TileAddress(matrix, column, row));
            }
        }
        return tiles;
    }
}
