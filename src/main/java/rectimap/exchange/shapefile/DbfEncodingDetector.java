package rectimap.exchange.shapefile;

import java.nio.ByteBuffer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import rectimap.exchange.encoding.EncodingVerdict;
import rectimap.exchange.encoding.TextEvidence;

/**
 * Finds the text encoding of a DBF, in this order: the .cpg; any language-driver byte that names a code page
 * (0x4D/0x7A GBK, 0x4F/0x78 Big5, 0x03/0x58 Windows-1252, ...) — a declaration is honoured, but a Western one whose
 * text also reads clearly as everyday Chinese in GB18030 is {@link EncodingCertainty#UNSURE} (a Chinese tool may
 * have written the wrong byte); then the content, judged by the one rule of {@link TextEvidence} (the same a CSV, a
 * GeoJSON and a KML are judged by): DETECTED when that rule is sure, else UNSURE. Stateless.
 */
final class DbfEncodingDetector {
    private static final Charset GBK = Charset.forName("GBK");
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

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
        TextEvidence evidence = scan.evidence;
        if (driver.isPresent() && evidence.nonAsciiValues() > 0) {
            boolean readsAsChinese = evidence.readsAsChineseInGb18030();
            return new DbfEncoding(driver.get(), readsAsChinese ? EncodingCertainty.UNSURE : EncodingCertainty.DECLARED,
                    ldidText + " names " + driver.get().name() + (readsAsChinese
                            ? ", but the text also reads as everyday Chinese in GB18030" : "") + cpgNote);
        }
        if (evidence.nonAsciiValues() == 0) {
            return driver.map(c -> new DbfEncoding(c, EncodingCertainty.DECLARED, ldidText))
                    .orElse(new DbfEncoding(StandardCharsets.UTF_8, EncodingCertainty.ASCII_ONLY,
                            "all text is ASCII" + cpgNote));
        }
        EncodingVerdict verdict = evidence.verdict();
        return new DbfEncoding(verdict.charset(), verdict.unsure() ? EncodingCertainty.UNSURE
                : EncodingCertainty.DETECTED, verdict.reason() + " in " + scan.scannedRecords + " records" + cpgNote);
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
            long invalid = charset.equals(StandardCharsets.UTF_8) || charset.equals(GBK)
                    || charset.equals(DbfTextScan.GB18030) ? scan.evidence.invalidIn(charset) : -1;
            decodings.add(new EncodingPreview.Decoding(charset, names, rows, invalid));
        }
        return new EncodingPreview(decodings);
    }

    private static String decode(Charset charset, byte[] bytes) {
        return TextBytes.replacing(charset, ByteBuffer.wrap(bytes), 0, bytes.length);
    }
}
