package rectimap.exchange;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Reads the placemarks of a KML file, or of every .kml inside a KMZ: {@code name} and {@code description},
 * every {@code ExtendedData/Data} value (text, as GDAL reads it) and {@code SchemaData/SimpleData} (typed as its
 * Schema's SimpleField declares: int → whole number, float/double → number, string → text) become fields; Point,
 * LineString, Polygon
 * (with holes) and MultiGeometry become the geometry (WGS 84 lon/lat as KML prescribes). The XML declaration's
 * encoding is honoured (UTF-8 by default; undeclared bytes that are not UTF-8 as {@link KmlEncoding} says), so
 * Chinese names read as written. External entities are refused.
 */
public final class KmlSource {
    private KmlSource() {
    }

    /** A .kml streamed ({@link StreamedKmlSource}: checked and surveyed here, read again record by record); a KMZ whole. */
    public static FeatureSource open(Path file) throws ExchangeException {
        return open(file, null);
    }

    /** As {@link #open(Path)}, with the text read in {@code given} ({@code --encoding}) unless null. */
    public static FeatureSource open(Path file, Charset given) throws ExchangeException {
        return SourceFiles.extension(file).equals("kmz") ? openWhole(file, given) : StreamedKmlSource.open(file, given);
    }

    /** Parses {@code file} (or every .kml of a KMZ) whole, at most 512 MB; the reference for the streamed reader. */
    static FeatureSource openWhole(Path file) throws ExchangeException {
        return openWhole(file, null);
    }

    static FeatureSource openWhole(Path file, Charset given) throws ExchangeException {
        byte[] bytes = SourceFiles.read(file);
        List<byte[]> documents = SourceFiles.extension(file).equals("kmz") ? kmlEntries(file, bytes) : List.of(bytes);
        if (bytes.length == 0) {
            throw new ExchangeException(ExchangeProblem.EMPTY, file, -1, "the file is empty");
        }
        List<ParsedRecord> records = new ArrayList<>();
        KmlGeometry geometries = new KmlGeometry();
        String encodingName = "UTF-8";
        for (byte[] document : documents) {
            KmlEncoding encoding = KmlEncoding.of(file, document, given);
            encodingName = encoding.name();
            Document parsed = parse(file, document, encoding.readWith());
            Map<String, String> declared = new HashMap<>();
            for (Element field : descendants(parsed.getDocumentElement(), "SimpleField")) {
                declared.put(field.getAttribute("name"), field.getAttribute("type"));
            }
            NodeList placemarks = parsed.getElementsByTagNameNS("*", "Placemark");
            for (int i = 0; i < placemarks.getLength(); i++) {
                records.add(record((Element) placemarks.item(i), geometries, declared));
            }
        }
        if (records.isEmpty()) {
            throw new ExchangeException(ExchangeProblem.EMPTY, file, -1, "no Placemark in the file");
        }
        return new ParsedSource(file, SourceFiles.baseName(file), records,
                new SourceCrs(4326, "KML (WGS 84)", CrsCertainty.FORMAT_DEFAULT), encodingName,
                FieldTypeInference.Strings.TEXT_OR_DATE);
    }

    /**
     * One Placemark as a record: name, description, Data and SimpleData values (the latter typed as
     * {@code declaredTypes} — SimpleField name to type — say); its geometry or why not.
     */
    static ParsedRecord record(Element placemark, KmlGeometry geometries, Map<String, String> declaredTypes) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("name", childText(placemark, "name"));
        values.put("description", childText(placemark, "description"));
        for (Element data : descendants(placemark, "Data")) {
            values.put(data.getAttribute("name"), childText(data, "value"));
        }
        for (Element data : descendants(placemark, "SimpleData")) {
            String name = data.getAttribute("name");
            values.put(name, declared(data.getTextContent().trim(), declaredTypes.get(name)));
        }
        try {
            return ParsedRecord.of(geometries.of(placemark), values);
        } catch (IllegalArgumentException e) {
            return ParsedRecord.faulty(e.getMessage(), values);
        }
    }

    /** {@code text} as its SimpleField type says; text that does not parse as the declared number stays text. */
    private static Object declared(String text, String type) {
        String declared = type == null ? "string" : type.trim().toLowerCase(Locale.ROOT);
        try {
            return switch (declared) {
                case "int", "uint", "short", "ushort" -> text.isEmpty() ? null : Long.valueOf(text);
                case "float", "double" -> text.isEmpty() ? null : Double.valueOf(text);
                default -> text;
            };
        } catch (NumberFormatException e) {
            return text;
        }
    }

    /** {@code bytes} parsed, decoded with {@code charset} or, when null, as their XML declaration says. */
    private static Document parse(Path file, byte[] bytes, Charset charset) throws ExchangeException {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setExpandEntityReferences(false);
            DocumentBuilder builder = factory.newDocumentBuilder();
            builder.setErrorHandler(null);
            InputSource source = charset == null ? new InputSource(new ByteArrayInputStream(bytes))
                    : new InputSource(new InputStreamReader(new ByteArrayInputStream(bytes), charset));
            return builder.parse(source);
        } catch (SAXParseException e) {
            throw new ExchangeException(problemOf(e.getMessage()), file, -1,
                    "not valid XML at line " + e.getLineNumber() + ": " + e.getMessage(), e);
        } catch (SAXException | IOException | ParserConfigurationException e) {
            throw new ExchangeException(ExchangeProblem.CORRUPT, file, -1, "not valid XML: " + e.getMessage(), e);
        }
    }

    /** TRUNCATED when the XML parser's {@code message} speaks of the end of the document, else CORRUPT. */
    static ExchangeProblem problemOf(String message) {
        boolean truncated = message != null && message.toLowerCase(Locale.ROOT).contains("end");
        return truncated ? ExchangeProblem.TRUNCATED : ExchangeProblem.CORRUPT;
    }

    /**
     * Every .kml inside a KMZ, in zip order: Google Earth puts everything in doc.kml, GDAL's LIBKML driver a
     * doc.kml with NetworkLinks to layers/NAME.kml; reading all of them finds the placemarks either way.
     */
    private static List<byte[]> kmlEntries(Path file, byte[] zip) throws ExchangeException {
        List<byte[]> documents = new ArrayList<>();
        long total = 0;
        try (ZipInputStream entries = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry; (entry = entries.getNextEntry()) != null; ) {
                if (entry.getName().toLowerCase(Locale.ROOT).endsWith(".kml")) {
                    byte[] document = entries.readNBytes((int) (SourceFiles.MAX_WHOLE_BYTES - total));
                    total += document.length;
                    documents.add(document);
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            throw new ExchangeException(ExchangeProblem.CORRUPT, file, -1, "not a readable KMZ (zip): "
                    + e.getMessage(), e);
        }
        if (documents.isEmpty()) {
            throw new ExchangeException(ExchangeProblem.EMPTY, file, -1, "the KMZ holds no .kml file");
        }
        return documents;
    }

    static String childText(Element parent, String localName) {
        for (Node child = parent.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element element && localName.equals(element.getLocalName())) {
                return element.getTextContent().trim();
            }
        }
        return null;
    }

    static List<Element> descendants(Element parent, String localName) {
        NodeList nodes = parent.getElementsByTagNameNS("*", localName);
        List<Element> elements = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            elements.add((Element) nodes.item(i));
        }
        return elements;
    }
}
