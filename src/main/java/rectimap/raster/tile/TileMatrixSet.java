package rectimap.raster.tile;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * A tile pyramid's levels in one CRS, coarsest first.
 *
 * @param id the identifier a service knows the set by ("c", "w", "GoogleMapsCompatible"), or the table name
 */
public record TileMatrixSet(String id, TileCrs crs, List<TileMatrix> matrices) {
    /**
     * How much coarser than asked a level may be before a finer one is taken: 5 %, an invisible magnification, so
     * rounding and the slight bend between the tiles' CRS and the display's never cost four times the tiles.
     */
    public static final double MAGNIFICATION_ACCEPTED = 1.05;

    public TileMatrixSet {
        if (matrices.isEmpty()) {
            throw new IllegalArgumentException("tile matrix set " + id + " has no levels");
        }
        matrices = matrices.stream().sorted(Comparator.comparingDouble(TileMatrix::resolutionX).reversed()).toList();
    }

    /**
     * The level to draw at {@code unitsPerPixel} (CRS units per output pixel): the coarsest level at most
     * {@link #MAGNIFICATION_ACCEPTED} times coarser than asked, else the finest there is.
     */
    public TileMatrix matrixFor(double unitsPerPixel) {
        for (TileMatrix matrix : matrices) {
            if (matrix.resolutionX() <= unitsPerPixel * MAGNIFICATION_ACCEPTED) {
                return matrix;
            }
        }
        return finest();
    }

    public TileMatrix finest() {
        return matrices.get(matrices.size() - 1);
    }

    public TileMatrix coarsest() {
        return matrices.get(0);
    }

    /** The level with zoom number {@code zoom}, if the set has it. */
    public Optional<TileMatrix> zoom(int zoom) {
        return matrices.stream().filter(m -> m.zoom() == zoom).findFirst();
    }

    /** The levels with zoom numbers from {@code minZoom} to {@code maxZoom} inclusive. */
    public List<TileMatrix> zooms(int minZoom, int maxZoom) {
        return matrices.stream().filter(m -> m.zoom() >= minZoom && m.zoom() <= maxZoom).toList();
    }
}
