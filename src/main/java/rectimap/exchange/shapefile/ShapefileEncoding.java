package rectimap.exchange.shapefile;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/** The text encodings a Shapefile export offers. */
public enum ShapefileEncoding {
    /** GBK (code page 936), language-driver byte 0x4D and .cpg "GBK": what Chinese units' ArcGIS and SuperMap expect. */
    GBK(Charset.forName("GBK")),
    /** UTF-8, .cpg "UTF-8" (QGIS, GDAL; ArcGIS 10.2+ with the .cpg). */
    UTF_8(StandardCharsets.UTF_8);

    private final Charset charset;

    ShapefileEncoding(Charset charset) {
        this.charset = charset;
    }

    public Charset charset() {
        return charset;
    }

    /** The language-driver byte written at DBF offset 29. */
    int languageDriver() {
        return LanguageDriver.forCharset(charset);
    }

    /** The .cpg text. */
    String cpgText() {
        return CodePageFile.text(charset);
    }
}
