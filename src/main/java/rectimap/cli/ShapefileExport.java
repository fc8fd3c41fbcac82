package rectimap.cli;

import rectimap.exchange.LayerExport;

/** The Shapefile writer the command line uses; the codec comes from {@code exchange.shapefile} once it lands. */
final class ShapefileExport {
    static final LayerExport.ShapefileWriter WRITER = (layer, shp, encoding) -> {
        throw new java.io.IOException("Shapefile writing is not in this build yet");
    };

    private ShapefileExport() {
    }
}
