package rectimap.exchange.shapefile;

import java.nio.charset.Charset;
import java.util.Locale;
import java.util.Optional;

/**
 * The .cpg companion: one line naming the DBF's code page, as ArcGIS, QGIS and GDAL write it ("UTF-8", "GBK",
 * "936", "ANSI 936", "65001", "88591", "1252", ...).
 */
final class CodePageFile {
    private CodePageFile() {
    }

    /** The charset the text names, or empty when it names none we know (the caller says so and detects). */
    static Optional<Charset> charset(String text) {
        String name = text.trim().toUpperCase(Locale.ROOT).replace("ANSI", "").replace("CP", "").trim();
        String java = switch (name) {
            case "UTF-8", "UTF8", "65001" -> "UTF-8";
            case "GBK", "936", "GB2312", "EUC-CN" -> "GBK";
            case "GB18030", "54936" -> "GB18030";
            case "BIG5", "950" -> "Big5";
            case "88591", "8859-1", "ISO-8859-1", "ISO88591", "LATIN1" -> "ISO-8859-1";
            case "1252", "WINDOWS-1252" -> "windows-1252";
            case "932", "SJIS", "SHIFT_JIS" -> "Shift_JIS";
            case "949" -> "x-windows-949";
            default -> name.matches("\\d{3,5}") && Charset.isSupported("windows-" + name) ? "windows-" + name : null;
        };
        return Optional.ofNullable(java).filter(Charset::isSupported).map(Charset::forName);
    }

    /** The text to write for {@code charset}: "UTF-8" or "GBK" as GDAL and ArcGIS read them. */
    static String text(Charset charset) {
        return charset.name().equals("UTF-8") ? "UTF-8" : charset.name();
    }
}
