package rectimap.exchange.shapefile;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * One pass over the text of a DBF (field names and C values of up to {@link #MAX_RECORDS} records) counting which
 * values decode strictly as UTF-8 and as GB18030, how "common" each decoding's characters are, and keeping the
 * first rows' bytes for the {@link EncodingPreview}. Memory stays bounded by the preview rows.
 */
final class DbfTextScan {
    static final int PREVIEW_ROWS = 5;
    static final int MAX_RECORDS = 20_000;
    static final Charset GB18030 = Charset.forName("GB18030");

    long nonAsciiValues;
    long utf8Invalid;
    long gbInvalid;
    double utf8CommonScore;
    double gbCommonScore;
    long scannedRecords;
    final List<List<byte[]>> previewBytes = new ArrayList<>();
    final List<byte[]> textNames = new ArrayList<>();
    private final CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder();
    private final CharsetDecoder gb = GB18030.newDecoder();

    /** Scans {@code dbf}, whose header is already parsed. */
    static DbfTextScan of(Path dbf, DbfHeader header) throws IOException {
        DbfTextScan scan = new DbfTextScan();
        List<DbfField> text = header.fields().stream().filter(f -> f.type() == 'C').toList();
        for (DbfField field : header.fields()) {
            scan.count(ByteBuffer.wrap(field.nameBytes()), 0, field.nameBytes().length);
        }
        text.forEach(f -> scan.textNames.add(f.nameBytes()));
        try (SequentialFile file = new SequentialFile(dbf)) {
            file.skip(header.headerLength());
            long limit = Math.min(header.recordCount(), MAX_RECORDS);
            for (long r = 0; r < limit; r++) {
                ByteBuffer record = file.read(header.recordLength(), ByteOrder.LITTLE_ENDIAN);
                if (record == null) {
                    break;
                }
                scan.scannedRecords++;
                List<byte[]> row = scan.previewBytes.size() < PREVIEW_ROWS ? new ArrayList<>() : null;
                for (DbfField field : text) {
                    int length = TextBytes.trimmedLength(record, field.offset(), field.length());
                    scan.count(record, field.offset(), length);
                    if (row != null) {
                        byte[] bytes = new byte[length];
                        record.get(field.offset(), bytes);
                        row.add(bytes);
                    }
                }
                if (row != null) {
                    scan.previewBytes.add(row);
                }
            }
        }
        return scan;
    }

    private void count(ByteBuffer bytes, int from, int length) {
        if (!TextBytes.hasHighBytes(bytes, from, length)) {
            return;
        }
        nonAsciiValues++;
        String asUtf8 = TextBytes.strict(utf8, bytes, from, length);
        String asGb = TextBytes.strict(gb, bytes, from, length);
        if (asUtf8 == null) {
            utf8Invalid++;
        } else {
            utf8CommonScore += CommonHanzi.share(asUtf8);
        }
        if (asGb == null) {
            gbInvalid++;
        } else {
            gbCommonScore += CommonHanzi.share(asGb);
        }
    }

    /** Counts one value as {@link #of} does (for tests of the detector). */
    void countForTest(byte[] bytes) {
        count(ByteBuffer.wrap(bytes), 0, bytes.length);
    }

    /** Whether every scanned value of the scan decodes with {@code charset} (ASCII always does). */
    long invalidIn(Charset charset) {
        return charset.equals(StandardCharsets.UTF_8) ? utf8Invalid : gbInvalid;
    }
}
