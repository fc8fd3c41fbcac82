package rectimap.ui;

import rectimap.exchange.LayerExport;

/** The Shapefile writer of the export dialog until {@code exchange.shapefile}'s writer is wired in. */
final class ShapefileExportPending {
    static final LayerExport.ShapefileWriter WRITER = (layer, shp, encoding) -> {
        throw new java.io.IOException("Shapefile export is not in this build yet");
    };

    private ShapefileExportPending() {
    }
}
