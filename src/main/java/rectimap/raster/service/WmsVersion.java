package rectimap.raster.service;

/** The WMS versions Rectimap speaks; they differ in the CRS parameter's name and the BBOX axis order. */
public enum WmsVersion {
    /** {@code SRS=}, BBOX always minx,miny,maxx,maxy (longitude first for lon/lat). */
    V1_1_1("1.1.1", "SRS"),
    /** {@code CRS=}, BBOX in the CRS's official axis order (latitude first for EPSG:4326 and 4490). */
    V1_3_0("1.3.0", "CRS");

    private final String text;
    private final String crsParameter;

    WmsVersion(String text, String crsParameter) {
        this.text = text;
        this.crsParameter = crsParameter;
    }

    public String text() {
        return text;
    }

    public String crsParameter() {
        return crsParameter;
    }

    public static WmsVersion of(String text) {
        return text != null && text.startsWith("1.1") ? V1_1_1 : V1_3_0;
    }
}
