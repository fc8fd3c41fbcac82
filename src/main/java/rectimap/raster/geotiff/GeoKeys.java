package rectimap.raster.geotiff;

import rectimap.geo.CrsTransform;
import rectimap.geo.Epsg;
import rectimap.raster.RasterException;
import rectimap.raster.RasterProblem;

/**
 * The GeoKey directory of a GeoTIFF (tag 34735): the model type, the raster type (pixel is area or point) and the
 * EPSG code of the projected or geographic CRS. Only EPSG-coded CRSs are drawn; user-defined ones (32767) are refused
 * with a sentence that says how to convert the file.
 */
record GeoKeys(int modelType, int rasterType, int projectedEpsg, int geographicEpsg) {

    static final int MODEL_PROJECTED = 1;
    static final int MODEL_GEOGRAPHIC = 2;
    static final int RASTER_PIXEL_IS_POINT = 2;
    private static final int USER_DEFINED = 32767;
    private static final int KEY_MODEL_TYPE = 1024;
    private static final int KEY_RASTER_TYPE = 1025;
    private static final int KEY_GEOGRAPHIC_TYPE = 2048;
    private static final int KEY_PROJECTED_TYPE = 3072;

    /** The keys of {@code directory} (header of four shorts, then four shorts per key); zeros when missing. */
    static GeoKeys of(double[] directory) {
        int model = 0;
        int raster = 1;
        int projected = 0;
        int geographic = 0;
        if (directory.length >= 4) {
            int count = (int) directory[3];
            for (int k = 0; k < count && 4 + 4 * k + 3 < directory.length; k++) {
                int key = (int) directory[4 + 4 * k];
                int location = (int) directory[4 + 4 * k + 1];
                int value = (int) directory[4 + 4 * k + 3];
                if (location != 0) {
                    continue;
                }
                switch (key) {
                    case KEY_MODEL_TYPE -> model = value;
                    case KEY_RASTER_TYPE -> raster = value;
                    case KEY_GEOGRAPHIC_TYPE -> geographic = value;
                    case KEY_PROJECTED_TYPE -> projected = value;
                    default -> { }
                }
            }
        }
        return new GeoKeys(model, raster, projected, geographic);
    }

    /**
     * The EPSG code the pixels are georeferenced in, checked against the codes proj4j knows (the display CRS
     * without asking it).
     *
     * @throws RasterException UNKNOWN_CRS when none is declared, it is user-defined or not known
     */
    int epsg(String where) throws RasterException {
        int code = modelType == MODEL_GEOGRAPHIC || projectedEpsg == 0 ? geographicEpsg : projectedEpsg;
        if (code <= 0 || code == USER_DEFINED) {
            String detail = modelType == 0 ? "no GeoKeys" : "user-defined";
            throw new RasterException(RasterProblem.UNKNOWN_CRS, where, detail);
        }
        if (code == Epsg.CGCS2000_GK_CM_111E) {
            // The display CRS needs no transform (the warp copies), and asking proj4j would load it and tokenise its
            // EPSG file first: most of a cold open of a drone orthophoto in the display CRS (BENCHMARKS.md, issue 15).
            return code;
        }
        try {
            CrsTransform.between(code, Epsg.CGCS2000_GK_CM_111E).apply(0, 0);
        } catch (RuntimeException unknown) {
            throw new RasterException(RasterProblem.UNKNOWN_CRS, where, "EPSG:" + code, unknown);
        }
        return code;
    }

    boolean pixelIsPoint() {
        return rasterType == RASTER_PIXEL_IS_POINT;
    }
}
