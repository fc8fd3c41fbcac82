package rectimap.raster;

import java.util.List;
import org.locationtech.jts.geom.Envelope;

/**
 * A source of georeferenced raster images: a GeoTIFF/COG file, a tile pyramid (GeoPackage tiles, MBTiles) or an
 * online service (WMTS, WMS, XYZ). The map asks it, off the FX thread, for the images that cover a view; the
 * {@link RasterWarp} reprojects them into the display CRS and the renderer draws the result under the vector layers.
 *
 * <h2>Contract for implementers</h2>
 * <ul>
 *   <li>{@link #epsg()} is the CRS the source's pieces are georeferenced in (the file's or the tile matrix set's),
 *   one of the codes {@code rectimap.geo.CrsTransform} knows (4490, 4513–4554, 4326, 3857, UTM…). Pieces are
 *   axis-aligned in that CRS: x = easting or longitude, y = northing or latitude (never swapped for EPSG axis order).
 *   A source whose CRS is unknown does not open: its factory throws {@link RasterException} with
 *   {@link RasterProblem#UNKNOWN_CRS}.</li>
 *   <li>{@link #piecesFor(RasterRequest)} returns the pieces that cover the request's view
 *   ({@link RasterRequest#viewIn(int)} gives it in the source's CRS) at the resolution that suits it: the coarsest
 *   level whose pixel is not coarser than {@link RasterRequest#pixelSizeIn(int)} (a tile pyramid: the tiles of that
 *   zoom; a GeoTIFF: the decoded tiles of that overview), or the finest level there is when zoomed in beyond it.
 *   Only what meets the view is decoded; an empty list when nothing does. Pieces should not overlap; where they do,
 *   the later piece wins. Never hold a whole large file in memory: keep decoded tiles in {@link TileCache#shared()}
 *   under a {@link TileKey} of your own source id.</li>
 *   <li>Threads: any method may be called from any thread, several at once (the screen and a print may ask
 *   together). {@code piecesFor} may block on disk I/O; it must not wait on a network for long: an online source
 *   returns what its caches hold now (coarser tiles scaled are fine as a stand-in), fetches the rest in the
 *   background and tells {@link #addRefreshListener} listeners when more arrived, so the map asks again. A request
 *   whose {@link RasterRequest#completeness()} is {@link RasterRequest.Completeness#WAIT_FOR_ALL} (print, command
 *   line) waits for every piece, up to the source's own time-out, and then returns what it has.</li>
 *   <li>Failures are {@link RasterException}s with a {@link RasterProblem} (a sentence for users in Chinese and
 *   English, the file or address as {@code where}); never a raw I/O exception, never a Java class name for users.
 *   The map shows the sentence once in the status bar and still draws everything else.</li>
 * </ul>
 * Instances are opened by {@link RasterSources#open} from a location text; {@link #close()} releases files and
 * threads (tiles already decoded may stay in the shared cache).
 */
public interface RasterSource extends AutoCloseable {

    /** What a person reads for this source in the layer panel, e.g. the file name or 天地图影像. */
    String title();

    /** The text that must be shown with the imagery (copyright, provider), or "" when none is needed. */
    String attribution();

    /** The EPSG code the pieces are georeferenced in. */
    int epsg();

    /** The area the source covers, in its own CRS (outer pixel edges); may be the whole world for a service. */
    Envelope extent();

    /**
     * The pieces that cover {@code request}'s view at a resolution suited to its pixel size, in the source's CRS.
     *
     * @throws RasterException when the source cannot be read (corrupt file, server error after retries)
     */
    List<RasterPiece> piecesFor(RasterRequest request) throws RasterException;

    /**
     * The stored values of the pixel at ({@code x}, {@code y}) in the source's CRS at full resolution, for identify;
     * empty outside the data. The default asks {@link #piecesFor} for one pixel at the finest level and reads the
     * decoded colour (red, green, blue, alpha); a file that keeps other values (a palette index, grey) overrides it.
     */
    default java.util.Optional<PixelValues> valuesAt(double x, double y) throws RasterException {
        return PixelValues.fromPieces(this, x, y);
    }

    /**
     * Registers {@code listener} to be told (on any thread) that pieces missing from an earlier answer arrived, so
     * the map asks again. Sources that answer completely at once ignore it.
     */
    default void addRefreshListener(Runnable listener) {
    }

    /** Releases files, connections and threads. Does not throw. */
    @Override
    void close();
}
