package rectimap.exchange.shapefile;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

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

    /** The encoding {@code name} stands for (GBK, CP936, UTF-8, utf8 …); empty for any we do not write. */
    public static Optional<ShapefileEncoding> named(String name) {
        try {
            Charset asked = Charset.forName(name.trim());
            return Arrays.stream(values()).filter(e -> e.charset.equals(asked)).findFirst();
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return Optional.empty();
        }
    }

    /** The encodings a Shapefile is written in, for messages: "GBK, UTF-8". */
    public static String supported() {
        return Arrays.stream(values()).map(e -> e.charset.name()).collect(Collectors.joining(", "));
    }

    /** The one for {@code charset}; IllegalArgumentException naming the supported ones for any other. */
    public static ShapefileEncoding of(Charset charset) {
        return Arrays.stream(values()).filter(e -> e.charset.equals(charset)).findFirst().orElseThrow(() ->
                new IllegalArgumentException("a Shapefile is written in " + supported() + ", not " + charset.name()));
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
