package rectimap.exchange.shapefile;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import rectimap.exchange.encoding.TextEvidence;

/**
 * One pass over the text of a DBF (field names and C values of up to {@link #MAX_RECORDS} records), each value seen
 * by the {@link TextEvidence} the encoding rule weighs, keeping the first rows' bytes for the {@link EncodingPreview}. Memory stays bounded by the preview rows.
 */
final class DbfTextScan {
    static final int PREVIEW_ROWS = 5;
    static final int MAX_RECORDS = 20_000;
    static final Charset GB18030 = TextEvidence.GB18030;

    final TextEvidence evidence = new TextEvidence();
    long scannedRecords;
    final List<List<byte[]>> previewBytes = new ArrayList<>();
    final List<byte[]> textNames = new ArrayList<>();

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
        evidence.see(bytes, from, length);
    }

    /** Counts one value as {@link #of} does (for tests of the detector). */
    void countForTest(byte[] bytes) {
        count(ByteBuffer.wrap(bytes), 0, bytes.length);
    }
}
