package rectimap.exchange;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.xml.stream.XMLStreamException;
import org.w3c.dom.Element;
import rectimap.model.GeometryKind;

/**
 * A .kml file read in two passes with one Placemark in memory at a time ({@link KmlPlacemarks}, StAX). {@link #open}
 * reads the whole document: XML errors (TRUNCATED, CORRUPT, with the line and the record after the last whole
 * placemark) fail there, and the fields, geometry kind and count are inferred as the whole-document reader
 * ({@link KmlSource#openWhole}) does; {@link #next} reads the file again, one record per call, with the same values
 * and faults. Not thread-safe; the caller closes it.
 */
final class StreamedKmlSource implements FeatureSource {
    private final Path file;
    private final SourceSchema schema;
    private final KmlPlacemarks placemarks;
    private final KmlGeometry geometries = new KmlGeometry();
    private long next;

    private StreamedKmlSource(Path file, SourceSchema schema, KmlEncoding encoding)
            throws IOException, XMLStreamException {
        this.file = file;
        this.schema = schema;
        this.placemarks = placemarks(file, encoding);
    }

    /** Checks and surveys {@code file}, read in {@code given} unless null ({@link KmlEncoding}). */
    static FeatureSource open(Path file, Charset given) throws ExchangeException {
        FieldTypeInference inference = new FieldTypeInference(FieldTypeInference.Strings.TEXT_OR_DATE);
        KmlGeometry geometries = new KmlGeometry();
        GeometryKind kind = null;
        long count = 0;
        try {
            if (Files.size(file) == 0) {
                throw new ExchangeException(ExchangeProblem.EMPTY, file, -1, "the file is empty");
            }
            KmlEncoding encoding = KmlEncoding.of(file, given);
            try (KmlPlacemarks reader = placemarks(file, encoding)) {
                try {
                    for (Element placemark; (placemark = reader.next()) != null; count++) {
                        ParsedRecord record = KmlSource.record(placemark, geometries, reader.declaredTypes());
                        record.values().forEach(inference::see);
                        kind = ParsedSource.widened(kind, record.geometry());
                    }
                } catch (XMLStreamException e) {
                    throw new ExchangeException(KmlSource.problemOf(e.getMessage()), file, count,
                            "not valid XML at line " + reader.line() + ": " + e.getMessage(), e);
                }
            }
            if (count == 0) {
                throw new ExchangeException(ExchangeProblem.EMPTY, file, -1, "no Placemark in the file");
            }
            SourceSchema schema = new SourceSchema(SourceFiles.baseName(file), inference.fields(),
                    kind == null ? GeometryKind.GEOMETRY : kind,
                    new SourceCrs(4326, "KML (WGS 84)", CrsCertainty.FORMAT_DEFAULT), encoding.name(), count);
            return new StreamedKmlSource(file, schema, encoding);
        } catch (XMLStreamException e) {
            throw new ExchangeException(KmlSource.problemOf(e.getMessage()), file, -1,
                    "not valid XML: " + e.getMessage(), e);
        } catch (IOException e) {
            throw ExchangeException.unreadable(file, e);
        }
    }

    @Override
    public SourceSchema schema() {
        return schema;
    }

    @Override
    public SourceRecord next() throws ExchangeException {
        if (next >= schema.countOrMinusOne()) {
            return null;
        }
        long index = next++;
        Element placemark;
        try {
            placemark = placemarks.next();
        } catch (XMLStreamException e) {
            next = schema.countOrMinusOne();
            throw new ExchangeException(ExchangeProblem.CORRUPT, file, index,
                    "not valid XML (the file changed since it was checked): " + e.getMessage(), e);
        }
        if (placemark == null) {
            next = schema.countOrMinusOne();
            throw new ExchangeException(ExchangeProblem.TRUNCATED, file, index,
                    "fewer placemarks than when the file was checked");
        }
        return ParsedSource.typed(file, index, KmlSource.record(placemark, geometries,
                placemarks.declaredTypes()), schema.fields());
    }

    @Override
    public void close() {
        try {
            placemarks.close();
        } catch (IOException e) {
            // only read from: nothing is lost when closing fails
        }
    }

    private static KmlPlacemarks placemarks(Path file, KmlEncoding encoding) throws IOException, XMLStreamException {
        return new KmlPlacemarks(new BufferedInputStream(Files.newInputStream(file), 1 << 16), encoding.readWith());
    }
}
