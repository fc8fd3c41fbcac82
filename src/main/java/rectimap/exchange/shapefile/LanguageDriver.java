package rectimap.exchange.shapefile;

import java.nio.charset.Charset;
import java.util.Map;
import java.util.Optional;

/**
 * The DBF language-driver byte (offset 29) and the code page it names, after the table ESRI and GDAL use.
 * 0x00 (not set) and 0x57 (ArcGIS "ANSI": the writing machine's code page, GBK on a Chinese Windows, unknowable
 * from the file) name none, so the content decides.
 */
final class LanguageDriver {
    /** The byte ArcGIS and we write for GBK (code page 936). */
    static final int GBK = 0x4D;
    /** The byte for UTF-8 some tools write; not in the dBase table, so readers fall back to the .cpg. */
    static final int NONE = 0x00;

    private static final Map<Integer, String> CODE_PAGE = Map.ofEntries(
            Map.entry(0x01, "IBM437"), Map.entry(0x02, "IBM850"), Map.entry(0x03, "windows-1252"),
            Map.entry(0x08, "IBM865"), Map.entry(0x09, "IBM437"), Map.entry(0x0A, "IBM850"),
            Map.entry(0x0B, "IBM437"), Map.entry(0x0D, "IBM437"), Map.entry(0x0E, "IBM850"),
            Map.entry(0x0F, "IBM437"), Map.entry(0x10, "IBM850"), Map.entry(0x11, "IBM437"),
            Map.entry(0x12, "IBM850"), Map.entry(0x13, "Shift_JIS"), Map.entry(0x14, "IBM850"),
            Map.entry(0x15, "IBM437"), Map.entry(0x16, "IBM850"), Map.entry(0x17, "IBM865"),
            Map.entry(0x18, "IBM437"), Map.entry(0x19, "IBM437"), Map.entry(0x1A, "IBM850"),
            Map.entry(0x1B, "IBM437"), Map.entry(0x1C, "IBM863"), Map.entry(0x1D, "IBM850"),
            Map.entry(0x1F, "IBM852"), Map.entry(0x22, "IBM852"), Map.entry(0x23, "IBM852"),
            Map.entry(0x24, "IBM860"), Map.entry(0x25, "IBM850"), Map.entry(0x26, "IBM866"),
            Map.entry(0x37, "IBM850"), Map.entry(0x40, "IBM852"),
            Map.entry(0x4D, "GBK"), Map.entry(0x4E, "x-windows-949"), Map.entry(0x4F, "Big5"),
            Map.entry(0x50, "x-IBM874"), Map.entry(0x58, "windows-1252"), Map.entry(0x59, "windows-1252"),
            Map.entry(0x64, "IBM852"), Map.entry(0x65, "IBM866"), Map.entry(0x66, "IBM865"),
            Map.entry(0x67, "IBM861"), Map.entry(0x6A, "x-IBM737"), Map.entry(0x6B, "IBM857"),
            Map.entry(0x6C, "IBM863"), Map.entry(0x78, "Big5"), Map.entry(0x79, "x-windows-949"),
            Map.entry(0x7A, "GBK"), Map.entry(0x7B, "Shift_JIS"), Map.entry(0x7C, "x-windows-874"),
            Map.entry(0x7D, "windows-1255"), Map.entry(0x7E, "windows-1256"), Map.entry(0x86, "x-IBM737"),
            Map.entry(0x87, "IBM852"), Map.entry(0x88, "IBM857"), Map.entry(0xC8, "windows-1250"),
            Map.entry(0xC9, "windows-1251"), Map.entry(0xCA, "windows-1254"), Map.entry(0xCB, "windows-1253"),
            Map.entry(0xCC, "windows-1257"));

    private LanguageDriver() {
    }

    /** The code page the byte names, when it names one this JVM supports. */
    static Optional<Charset> charset(int languageDriver) {
        String name = CODE_PAGE.get(languageDriver);
        if (name == null || !Charset.isSupported(name)) {
            return Optional.empty();
        }
        return Optional.of(Charset.forName(name));
    }

    /** Whether the byte names an East Asian multi-byte code page (then it is trusted without a content check). */
    static boolean isEastAsian(int languageDriver) {
        return charset(languageDriver).map(c -> c.name().matches("GBK|Big5|Shift_JIS|x-windows-949"))
                .orElse(false);
    }

    /** The byte to write for {@code charset}: 0x4D for GBK/GB18030, else 0 (UTF-8 has no byte; the .cpg says it). */
    static int forCharset(Charset charset) {
        String name = charset.name();
        return name.equals("GBK") || name.equals("GB18030") || name.equals("GB2312") ? GBK : NONE;
    }
}
