package rectimap.store;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.PrecisionModel;
import org.locationtech.jts.io.ByteOrderValues;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKBReader;
import org.locationtech.jts.io.WKBWriter;

/**
 * GeoPackage binary geometry (spec clause 2.1.3): the header "GP", version 0, flags, srs_id and an envelope,
 * followed by standard (ISO) WKB. We write little-endian with a [minx, maxx, miny, maxy] envelope for every
 * non-empty geometry (so the R-tree functions need not parse WKB) and read any valid header. Not thread-safe
 * (the JTS reader and writer keep buffers); one codec per store.
 */
final class GpkgGeometryCodec {
    private static final int FLAG_LITTLE_ENDIAN = 0x01;
    private static final int FLAG_EMPTY = 0x10;
    private static final int FLAG_EXTENDED = 0x20;
    private static final int ENVELOPE_XY = 1;
    private static final int HEADER_WITHOUT_ENVELOPE = 8;

    private final WKBWriter wkbWriter = new WKBWriter(2, ByteOrderValues.LITTLE_ENDIAN);
    /** One reader per srs_id, since the reader's factory stamps the SRID on what it reads; files use one or two. */
    private final Map<Integer, WKBReader> readersBySrsId = new HashMap<>();

    /** The blob for {@code geometry}, tagged with {@code srsId}. */
    byte[] encode(Geometry geometry, int srsId) {
        byte[] wkb = wkbWriter.write(geometry);
        boolean empty = geometry.isEmpty();
        int envelopeBytes = empty ? 0 : 32;
        ByteBuffer out = ByteBuffer.allocate(HEADER_WITHOUT_ENVELOPE + envelopeBytes + wkb.length)
                .order(ByteOrder.LITTLE_ENDIAN);
        out.put((byte) 'G').put((byte) 'P').put((byte) 0);
        out.put((byte) (FLAG_LITTLE_ENDIAN | (empty ? FLAG_EMPTY : ENVELOPE_XY << 1)));
        out.putInt(srsId);
        if (!empty) {
            Envelope envelope = geometry.getEnvelopeInternal();
            out.putDouble(envelope.getMinX()).putDouble(envelope.getMaxX())
                    .putDouble(envelope.getMinY()).putDouble(envelope.getMaxY());
        }
        out.put(wkb);
        return out.array();
    }

    /**
     * The geometry in {@code blob}, with the header's srs_id as SRID.
     *
     * @throws ParseException when the blob is not a GeoPackage geometry
     */
    Geometry decode(byte[] blob) throws ParseException {
        Header header = Header.read(blob);
        WKBReader reader = readersBySrsId.computeIfAbsent(header.srsId(),
                srsId -> new WKBReader(new GeometryFactory(new PrecisionModel(), srsId)));
        try {
            return reader.read(Arrays.copyOfRange(blob, header.wkbOffset(), blob.length));
        } catch (RuntimeException e) {
            throw new ParseException("malformed WKB: " + e.getMessage());
        }
    }

    /**
     * The parsed fixed part of a GeoPackage geometry header.
     *
     * @param srsId     the srs_id
     * @param empty     whether the empty flag is set
     * @param envelope  the stored envelope, or null when the header has none
     * @param wkbOffset where the WKB starts in the blob
     */
    record Header(int srsId, boolean empty, Envelope envelope, int wkbOffset) {

        static Header read(byte[] blob) throws ParseException {
            if (blob.length < HEADER_WITHOUT_ENVELOPE || blob[0] != 'G' || blob[1] != 'P') {
                throw new ParseException("not a GeoPackage geometry (no GP magic)");
            }
            int flags = blob[3];
            if ((flags & FLAG_EXTENDED) != 0) {
                throw new ParseException("extended GeoPackage geometry is not supported");
            }
            ByteBuffer in = ByteBuffer.wrap(blob).order((flags & FLAG_LITTLE_ENDIAN) != 0
                    ? ByteOrder.LITTLE_ENDIAN : ByteOrder.BIG_ENDIAN);
            int srsId = in.getInt(4);
            int envelopeKind = (flags >> 1) & 0x07;
            int envelopeDoubles = switch (envelopeKind) {
                case 0 -> 0;
                case 1 -> 4;
                case 2, 3 -> 6;
                case 4 -> 8;
                default -> throw new ParseException("invalid envelope indicator " + envelopeKind);
            };
            int wkbOffset = HEADER_WITHOUT_ENVELOPE + 8 * envelopeDoubles;
            if (blob.length < wkbOffset) {
                throw new ParseException("GeoPackage geometry header longer than the blob");
            }
            Envelope envelope = null;
            if (envelopeDoubles > 0) {
                // Every envelope kind begins with minx, maxx, miny, maxy.
                envelope = new Envelope(in.getDouble(8), in.getDouble(16), in.getDouble(24), in.getDouble(32));
            }
            return new Header(srsId, (flags & FLAG_EMPTY) != 0, envelope, wkbOffset);
        }
    }
}
