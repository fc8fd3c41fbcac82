package rectimap.exchange.shapefile;

import java.nio.ByteBuffer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Finds the text encoding of a DBF, in this order: the .cpg; any language-driver byte that names a code page
 * (0x4D/0x7A GBK, 0x4F/0x78 Big5, 0x03/0x58 Windows-1252, ...) — a declaration is honoured, but a Western one whose
 * text also reads clearly as everyday Chinese in GB18030 is {@link EncodingCertainty#UNSURE} (a Chinese tool may
 * have written the wrong byte); then the content — strict UTF-8 against strict GB18030 over the scanned values.
 * "Only GB18030 decodes" is a guess, not certainty: Latin-1 "México" decodes as GB18030 "M閤ico" too, so it is
 * DETECTED only when the text reads as everyday hanzi, else UNSURE. When both decode (short UTF-8 text often is
 * valid GB18030 too) the decoding with more everyday hanzi is preferred but the answer is UNSURE unless UTF-8
 * reads clearly better. Stateless.
 */
final class DbfEncodingDetector {
    private static final Charset GBK = Charset.forName("GBK");
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    /** Average common-hanzi share the better decoding must reach, and lead by, to be taken without asking. */
    private static final double CLEAR_SHARE = 0.8;
    private static final double CLEAR_LEAD = 0.3;

    private DbfEncodingDetector() {
    }

    static DbfEncoding detect(Optional<String> cpgText, DbfHeader header, DbfTextScan scan) {
        String cpgNote = "";
        if (cpgText.isPresent()) {
            Optional<Charset> named = CodePageFile.charset(cpgText.get());
            if (named.isPresent()) {
                return new DbfEncoding(named.get(), EncodingCertainty.DECLARED, ".cpg says " + cpgText.get().trim());
            }
            cpgNote = "; .cpg '" + cpgText.get().trim() + "' names no known code page";
        }
        int ldid = header.languageDriver();
        Optional<Charset> driver = LanguageDriver.charset(ldid);
        String ldidText = String.format("language driver 0x%02X", ldid);
        if (driver.isPresent() && LanguageDriver.isEastAsian(ldid)) {
            return new DbfEncoding(driver.get(), EncodingCertainty.DECLARED, ldidText + cpgNote);
        }
        if (driver.isPresent() && scan.nonAsciiValues > 0) {
            boolean readsAsChinese = scan.gbInvalid == 0 && scan.gbCommonScore / scan.nonAsciiValues >= CLEAR_SHARE;
            return new DbfEncoding(driver.get(), readsAsChinese ? EncodingCertainty.UNSURE : EncodingCertainty.DECLARED,
                    ldidText + " names " + driver.get().name() + (readsAsChinese
                            ? ", but the text also reads as everyday Chinese in GB18030" : "") + cpgNote);
        }
        if (scan.nonAsciiValues == 0) {
            return driver.map(c -> new DbfEncoding(c, EncodingCertainty.DECLARED, ldidText))
                    .orElse(new DbfEncoding(StandardCharsets.UTF_8, EncodingCertainty.ASCII_ONLY,
                            "all text is ASCII" + cpgNote));
        }
        String counts = " (" + scan.nonAsciiValues + " non-ASCII values in " + scan.scannedRecords + " records: "
                + scan.utf8Invalid + " invalid as UTF-8, " + scan.gbInvalid + " invalid as GB18030)" + cpgNote;
        boolean utf8Valid = scan.utf8Invalid == 0;
        boolean gbValid = scan.gbInvalid == 0;
        if (utf8Valid && !gbValid) {
            return new DbfEncoding(StandardCharsets.UTF_8, EncodingCertainty.DETECTED, "only UTF-8 decodes" + counts);
        }
        if (gbValid && !utf8Valid) {
            double gbShare = scan.gbCommonScore / scan.nonAsciiValues;
            return new DbfEncoding(DbfTextScan.GB18030, gbShare >= CLEAR_SHARE ? EncodingCertainty.DETECTED
                    : EncodingCertainty.UNSURE, String.format("only GB18030 decodes, everyday hanzi share %.2f",
                    gbShare) + counts);
        }
        double utf8Share = scan.utf8CommonScore / Math.max(1, scan.nonAsciiValues - scan.utf8Invalid);
        double gbShare = scan.gbCommonScore / Math.max(1, scan.nonAsciiValues - scan.gbInvalid);
        Charset better = utf8Valid == gbValid ? (utf8Share >= gbShare ? StandardCharsets.UTF_8 : GBK)
                : scan.utf8Invalid < scan.gbInvalid ? StandardCharsets.UTF_8 : GBK;
        // Bytes valid as UTF-8 are rarely GBK by chance, the reverse is common ("Café" reads "Caf铆"): as for a CSV,
        // only a clearly better UTF-8 reading is taken without asking.
        boolean clear = utf8Valid && better.equals(StandardCharsets.UTF_8) && utf8Share >= CLEAR_SHARE
                && utf8Share - gbShare >= CLEAR_LEAD;
        String why = (utf8Valid ? "both decode" : "neither decodes") + String.format(
                "; everyday hanzi share %.2f as UTF-8, %.2f as GB18030", utf8Share, gbShare) + counts;
        return new DbfEncoding(better, clear ? EncodingCertainty.DETECTED : EncodingCertainty.UNSURE, why);
    }

    /** The preview: the chosen encoding first, then UTF-8, GBK and, for Western text, Windows-1252 (each once). */
    static EncodingPreview preview(DbfEncoding chosen, DbfTextScan scan) {
        Set<Charset> candidates = new LinkedHashSet<>(List.of(chosen.charset(), StandardCharsets.UTF_8, GBK));
        if (chosen.needsUserChoice()) {
            candidates.add(WINDOWS_1252);
        }
        List<EncodingPreview.Decoding> decodings = new ArrayList<>();
        for (Charset charset : candidates) {
            List<String> names = scan.textNames.stream().map(n -> decode(charset, n)).toList();
            List<List<String>> rows = scan.previewBytes.stream()
                    .map(row -> row.stream().map(b -> decode(charset, b)).toList()).toList();
            long invalid = charset.equals(StandardCharsets.UTF_8) ? scan.utf8Invalid
                    : charset.equals(GBK) || charset.equals(DbfTextScan.GB18030) ? scan.gbInvalid : -1;
            decodings.add(new EncodingPreview.Decoding(charset, names, rows, invalid));
        }
        return new EncodingPreview(decodings);
    }

    private static String decode(Charset charset, byte[] bytes) {
        return TextBytes.replacing(charset, ByteBuffer.wrap(bytes), 0, bytes.length);
    }
}
