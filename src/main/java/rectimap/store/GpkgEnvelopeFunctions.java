package rectimap.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.function.ToDoubleFunction;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.io.ParseException;
import org.sqlite.Function;

/**
 * The SQL functions ST_MinX, ST_MaxX, ST_MinY, ST_MaxY and ST_IsEmpty that the GeoPackage R-tree triggers call
 * (spec Annex F.3). SQLite does not have them, so they must be registered on every connection that may insert,
 * update or delete features; otherwise the triggers abort the statement with "no such function: ST_IsEmpty".
 * They read the envelope from the geometry header and parse the WKB only when a writer left the envelope out.
 */
final class GpkgEnvelopeFunctions {
    private GpkgEnvelopeFunctions() {
    }

    /** Registers the five functions on {@code connection}. */
    static void registerOn(Connection connection) throws SQLException {
        Function.create(connection, "ST_MinX", new EnvelopeValue(Envelope::getMinX), 1, Function.FLAG_DETERMINISTIC);
        Function.create(connection, "ST_MaxX", new EnvelopeValue(Envelope::getMaxX), 1, Function.FLAG_DETERMINISTIC);
        Function.create(connection, "ST_MinY", new EnvelopeValue(Envelope::getMinY), 1, Function.FLAG_DETERMINISTIC);
        Function.create(connection, "ST_MaxY", new EnvelopeValue(Envelope::getMaxY), 1, Function.FLAG_DETERMINISTIC);
        Function.create(connection, "ST_IsEmpty", new IsEmpty(), 1, Function.FLAG_DETERMINISTIC);
    }

    /** The envelope of a geometry blob; empty envelope ({@link Envelope#isNull()}) for an empty geometry. */
    static Envelope envelopeOf(byte[] blob) throws ParseException {
        GpkgGeometryCodec.Header header = GpkgGeometryCodec.Header.read(blob);
        if (header.empty()) {
            return new Envelope();
        }
        if (header.envelope() != null) {
            return header.envelope();
        }
        return new GpkgGeometryCodec().decode(blob).getEnvelopeInternal();
    }

    private static final class EnvelopeValue extends Function {
        private final ToDoubleFunction<Envelope> ordinate;

        EnvelopeValue(ToDoubleFunction<Envelope> ordinate) {
            this.ordinate = ordinate;
        }

        @Override
        protected void xFunc() throws SQLException {
            byte[] blob = value_blob(0);
            if (blob == null) {
                result();
                return;
            }
            try {
                Envelope envelope = envelopeOf(blob);
                if (envelope.isNull()) {
                    result();
                } else {
                    result(ordinate.applyAsDouble(envelope));
                }
            } catch (ParseException e) {
                error("invalid GeoPackage geometry: " + e.getMessage());
            }
        }
    }

    private static final class IsEmpty extends Function {
        @Override
        protected void xFunc() throws SQLException {
            byte[] blob = value_blob(0);
            if (blob == null) {
                result();
                return;
            }
            try {
                result(envelopeOf(blob).isNull() ? 1 : 0);
            } catch (ParseException e) {
                error("invalid GeoPackage geometry: " + e.getMessage());
            }
        }
    }
}
