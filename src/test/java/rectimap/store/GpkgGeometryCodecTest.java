package rectimap.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;

class GpkgGeometryCodecTest {
    private final GpkgGeometryCodec codec = new GpkgGeometryCodec();

    @Test
    void headerIsMagicVersionLittleEndianFlagsSrsIdAndXyEnvelope() throws ParseException {
        Geometry line = new WKTReader().read("LINESTRING (111.1 35.2, 110.9 34.8)");

        byte[] blob = codec.encode(line, 4490);

        ByteBuffer in = ByteBuffer.wrap(blob).order(ByteOrder.LITTLE_ENDIAN);
        assertThat(new String(blob, 0, 2, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("GP");
        assertThat(blob[2]).isZero();
        assertThat(blob[3]).isEqualTo((byte) 0b0000_0011); // little-endian, envelope kind 1
        assertThat(in.getInt(4)).isEqualTo(4490);
        assertThat(new double[] {in.getDouble(8), in.getDouble(16), in.getDouble(24), in.getDouble(32)})
                .containsExactly(110.9, 111.1, 34.8, 35.2);
        assertThat(blob[40]).as("WKB byte order").isEqualTo((byte) 1);
        assertThat(in.getInt(41)).as("WKB type LineString").isEqualTo(2);
        assertThat(codec.decode(blob).toText()).isEqualTo("LINESTRING (111.1 35.2, 110.9 34.8)");
        assertThat(codec.decode(blob).getSRID()).isEqualTo(4490);
    }

    @Test
    void emptyGeometryHasTheEmptyFlagAndNoEnvelope() throws ParseException {
        byte[] blob = codec.encode(new WKTReader().read("POLYGON EMPTY"), 4490);

        assertThat(blob[3]).isEqualTo((byte) 0b0001_0001);
        assertThat(GpkgEnvelopeFunctions.envelopeOf(blob).isNull()).isTrue();
        assertThat(codec.decode(blob).toText()).isEqualTo("POLYGON EMPTY");
    }

    @Test
    void bigEndianHeaderWithoutEnvelopeIsReadToo() throws ParseException {
        // As another writer may store a point: big-endian header, no envelope, big-endian WKB.
        ByteBuffer out = ByteBuffer.allocate(8 + 21).order(ByteOrder.BIG_ENDIAN);
        out.put((byte) 'G').put((byte) 'P').put((byte) 0).put((byte) 0).putInt(4546);
        out.put((byte) 0).putInt(1).putDouble(500000.0).putDouble(3874592.902);

        byte[] blob = out.array();

        assertThat(codec.decode(blob).toText()).isEqualTo("POINT (500000 3874592.902)");
        assertThat(codec.decode(blob).getSRID()).isEqualTo(4546);
        assertThat(GpkgEnvelopeFunctions.envelopeOf(blob)).isEqualTo(new Envelope(500000, 500000, 3874592.902, 3874592.902));
    }

    @Test
    void blobsThatAreNotGeoPackageGeometriesAreRejected() {
        assertThatThrownBy(() -> codec.decode("POINT (1 2)".getBytes(java.nio.charset.StandardCharsets.US_ASCII)))
                .isInstanceOf(ParseException.class).hasMessageContaining("GP");
        assertThatThrownBy(() -> codec.decode(new byte[] {'G', 'P', 0, 1, 0, 0, 0, 0, 1, 2}))
                .isInstanceOf(ParseException.class);
    }
}
