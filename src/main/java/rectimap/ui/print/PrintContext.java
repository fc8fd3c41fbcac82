package rectimap.ui.print;

import java.util.List;
import java.util.Optional;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import rectimap.model.Project;
import rectimap.model.ProjectSettings;
import rectimap.raster.RasterLayer;
import rectimap.render.RenderLayer;

/**
 * What the print dialog is opened with: the project and its render layers as shown (bottom first, the map window's
 * own, so nothing is projected again), the map window's visible extent and the extent of all layers in display
 * metres (EPSG:4546), the view's centre in lon/lat (EPSG:4490), the project's settings, the window's font family,
 * and the imagery under the map (basemap and raster layers, first lowest), printed under the vectors with its credit.
 */
public record PrintContext(Project project, List<RenderLayer> layers, Envelope viewExtent, Envelope fullExtent,
                           Coordinate viewCentreLonLat, ProjectSettings settings, String fontFamily,
                           List<RasterLayer> rasters) {
    /** A view showing less than this share of the full extent is "zoomed into" the township at its centre. */
    static final double ZOOMED_IN_SHARE = 1.0 / 8;

    public PrintContext {
        layers = List.copyOf(layers);
        rasters = List.copyOf(rasters);
        viewExtent = new Envelope(viewExtent);
        fullExtent = new Envelope(fullExtent);
    }

    /** The township the view is zoomed into (its centre lies in it), empty when the view shows more. */
    Optional<SheetPlace> viewTownship(PrintPlaces places) {
        if (viewExtent.getArea() > fullExtent.getArea() * ZOOMED_IN_SHARE) {
            return Optional.empty();
        }
        return places.townshipAt(viewCentreLonLat.x, viewCentreLonLat.y);
    }
}
