package rectimap.exchange.shapefile;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Path;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import rectimap.exchange.ExchangeException;
import rectimap.exchange.ExchangeProblem;
import rectimap.exchange.FeatureSource;
import rectimap.exchange.SourceRecord;
import rectimap.exchange.SourceSchema;

/**
 * A Shapefile read record by record: the .shp and .shx front to back in step (each record where the index says),
 * the .dbf alongside, with one reusable buffer each, so memory stays flat for a file of any size. Records marked
 * deleted in the .dbf are skipped (as GDAL does); their numbers are not reused. Everything is checked on
 * {@link #open} (headers, lengths, record counts, encoding, CRS) so a broken file fails before the first record;
 * a damaged record fails with its number. Not thread-safe.
 */
public final class ShapefileSource implements FeatureSource {
    private final ShapefileLayout layout;
    private final SequentialFile shp;
    private final SequentialFile shx;
    private final DbfRecordReader dbf;
    private final ShapeDecoder decoder;
    private long index;
    private boolean closed;

    private ShapefileSource(ShapefileLayout layout, SequentialFile shp, SequentialFile shx, DbfRecordReader dbf) {
        this.layout = layout;
        this.shp = shp;
        this.shx = shx;
        this.dbf = dbf;
        this.decoder = new ShapeDecoder(new GeometryFactory(new org.locationtech.jts.geom.PrecisionModel(),
                layout.schema().crs().epsg()), layout.shpHeader().shapeType());
    }

    /** Opens {@code file} (any part, or a .zip) detecting encoding and CRS. */
    public static ShapefileSource open(Path file) throws ExchangeException {
        return open(file, ShapefileOptions.DETECT);
    }

    /**
     * Opens {@code file} with the user's choices.
     *
     * @throws ExchangeException for a missing part, a truncated or corrupt header, a record count mismatch, an
     *                           empty file, or a recognised CRS that cannot be transformed (unless one is chosen)
     */
    public static ShapefileSource open(Path file, ShapefileOptions options) throws ExchangeException {
        ShapefileParts parts = ShapefileParts.locate(file, options.zipMember());
        SequentialFile shp = null;
        SequentialFile shx = null;
        try {
            ShapefileLayout layout = ShapefileLayout.read(parts, options);
            if (layout.crsUnsupported() != null && options.epsg() == 0) {
                throw new ExchangeException(ExchangeProblem.UNSUPPORTED_CRS, parts.prj().orElse(parts.shp()),
                        layout.crsUnsupported());
            }
            shp = new SequentialFile(parts.shp());
            shx = new SequentialFile(parts.shx());
            shp.skip(ShpHeader.SIZE);
            shx.skip(ShpHeader.SIZE);
            DbfRecordReader dbf = new DbfRecordReader(parts.dbf(), layout.dbfHeader(), layout.fieldNames(),
                    layout.encoding().charset(), layout.memo());
            return new ShapefileSource(layout, shp, shx, dbf);
        } catch (IOException e) {
            closeQuietly(shp, shx);
            parts.close();
            throw parts.named(new ExchangeException(ExchangeProblem.UNREADABLE, parts.shp(), e.getMessage(), e));
        } catch (ExchangeException e) {
            closeQuietly(shp, shx);
            parts.close();
            throw parts.named(e);
        } catch (RuntimeException e) {
            closeQuietly(shp, shx);
            parts.close();
            throw e;
        }
    }

    /** What the import dialog shows (schema, encoding certainty, preview); never throws UNSUPPORTED_CRS. */
    public static ShapefileInspection inspect(Path file, ShapefileOptions options) throws ExchangeException {
        try (ShapefileParts parts = ShapefileParts.locate(file, options.zipMember())) {
            try {
                ShapefileLayout layout = ShapefileLayout.read(parts, options);
                layout.closeMemo();
                return new ShapefileInspection(layout.schema(), layout.encoding(), layout.preview(),
                        layout.crsUnsupported());
            } catch (ExchangeException e) {
                throw parts.named(e);
            }
        }
    }

    @Override
    public SourceSchema schema() {
        return layout.schema();
    }

    /** How the encoding was chosen (DECLARED, DETECTED, UNSURE, ...). */
    public DbfEncoding encoding() {
        return layout.encoding();
    }

    /** The first rows' text read with each candidate encoding (for the user to choose when UNSURE). */
    public EncodingPreview preview() {
        return layout.preview();
    }

    @Override
    public SourceRecord next() throws ExchangeException {
        try {
            return nextRecord();
        } catch (ExchangeException e) {
            throw layout.parts().named(e);
        }
    }

    private SourceRecord nextRecord() throws ExchangeException {
        try {
            while (index < layout.recordCount()) {
                long current = index++;
                Geometry geometry = nextShape(current);
                DbfRecordReader.Row row = dbf.next();
                if (row == null) {
                    throw new ExchangeException(ExchangeProblem.RECORD_COUNT_MISMATCH, layout.parts().dbf(), current,
                            "the .dbf has fewer records than the .shx");
                }
                if (!row.deleted()) {
                    return new SourceRecord(current, geometry, row.values());
                }
            }
            return null;
        } catch (IOException e) {
            throw new ExchangeException(ExchangeProblem.UNREADABLE, layout.parts().shp(), index - 1, e.getMessage(), e);
        }
    }

    private Geometry nextShape(long current) throws ExchangeException, IOException {
        Path shpPath = layout.parts().shp();
        ByteBuffer entry = shx.read(8, ByteOrder.BIG_ENDIAN);
        if (entry == null) {
            throw new ExchangeException(ExchangeProblem.TRUNCATED, layout.parts().shx(), current,
                    "the .shx ends before record " + (current + 1));
        }
        long offset = (entry.getInt(0) & 0xffffffffL) * 2;
        long length = (entry.getInt(4) & 0xffffffffL) * 2;
        if (offset < shp.position() || !shp.skip(offset - shp.position())) {
            throw new ExchangeException(ExchangeProblem.CORRUPT_RECORD, layout.parts().shx(), current,
                    "the .shx places the record at byte " + offset + ", not after the previous one (byte "
                            + shp.position() + ") within the .shp of " + shp.size() + " bytes");
        }
        ByteBuffer header = shp.read(8, ByteOrder.BIG_ENDIAN);
        if (header == null) {
            throw new ExchangeException(ExchangeProblem.TRUNCATED, shpPath, current, "the .shp ends before record "
                    + (current + 1) + " of " + layout.recordCount());
        }
        long contentLength = (header.getInt(4) & 0xffffffffL) * 2;
        if (contentLength != length) {
            throw new ExchangeException(ExchangeProblem.CORRUPT_RECORD, shpPath, current, "the record is "
                    + contentLength + " bytes long in the .shp but " + length + " in the .shx");
        }
        if (contentLength > shp.remaining() || contentLength > Integer.MAX_VALUE - 8) {
            throw new ExchangeException(ExchangeProblem.TRUNCATED, shpPath, current, "the .shp ends inside record "
                    + (current + 1) + " (" + contentLength + " bytes, " + shp.remaining() + " left)");
        }
        ByteBuffer content = shp.read((int) contentLength, ByteOrder.LITTLE_ENDIAN);
        try {
            return decoder.decode(content);
        } catch (RecordDefect defect) {
            throw new ExchangeException(defect.problem(), shpPath, current, defect.getMessage());
        }
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        closeQuietly(shp, shx, dbf);
        layout.closeMemo();
        layout.parts().close();
    }

    private static void closeQuietly(AutoCloseable... files) {
        for (AutoCloseable file : files) {
            try {
                if (file != null) {
                    file.close();
                }
            } catch (Exception e) {
                // reading is over; a failed close of a read-only file loses nothing
            }
        }
    }
}
