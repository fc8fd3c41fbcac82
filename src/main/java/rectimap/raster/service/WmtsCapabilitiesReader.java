package rectimap.raster.service;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Element;
import org.xml.sax.SAXException;
import rectimap.raster.RasterException;
import rectimap.raster.RasterProblem;
import rectimap.raster.tile.TileMatrixSet;

/**
 * Reads a WMTS 1.0.0 GetCapabilities document: layers (formats, default style, matrix set links, REST tile
 * templates), tile matrix sets (through {@link WmtsMatrixReading}) and the KVP GetTile address. External entities
 * and DTDs are never loaded.
 */
public final class WmtsCapabilitiesReader {
    static final String WMTS = "http://www.opengis.net/wmts/1.0";
    static final String OWS = "http://www.opengis.net/ows/1.1";
    private static final String XLINK = "http://www.w3.org/1999/xlink";

    private WmtsCapabilitiesReader() {
    }

    /**
     * @param service the short name used in messages (host or preset)
     * @throws RasterException BAD_CAPABILITIES when the bytes are not a WMTS capabilities document
     */
    public static WmtsCapabilities read(InputStream in, String service) throws RasterException {
        Element root;
        try {
            root = builder().parse(in).getDocumentElement();
        } catch (SAXException | IOException | ParserConfigurationException e) {
            throw new RasterException(RasterProblem.BAD_CAPABILITIES, service, "XML");
        }
        if (!"Capabilities".equals(root.getLocalName()) || !WMTS.equals(root.getNamespaceURI())) {
            throw new RasterException(RasterProblem.BAD_CAPABILITIES, service, String.valueOf(root.getLocalName()));
        }
        Element contents = XmlChildren.first(root, WMTS, "Contents")
                .orElseThrow(() -> new RasterException(RasterProblem.BAD_CAPABILITIES, service, "Contents"));
        Map<String, TileMatrixSet> sets = new LinkedHashMap<>();
        for (Element set : XmlChildren.all(contents, WMTS, "TileMatrixSet")) {
            TileMatrixSet read = WmtsMatrixReading.read(set, service);
            sets.put(read.id(), read);
        }
        List<WmtsLayer> layers = new ArrayList<>();
        for (Element layer : XmlChildren.all(contents, WMTS, "Layer")) {
            layers.add(layer(layer));
        }
        String title = XmlChildren.first(root, OWS, "ServiceIdentification")
                .flatMap(id -> XmlChildren.text(id, OWS, "Title")).orElse(service);
        return new WmtsCapabilities(title, layers, sets, kvpGetTile(root));
    }

    private static WmtsLayer layer(Element layer) {
        String id = XmlChildren.text(layer, OWS, "Identifier").orElse("");
        String title = XmlChildren.text(layer, OWS, "Title").orElse(id);
        List<String> formats = XmlChildren.all(layer, WMTS, "Format").stream().map(e -> e.getTextContent().trim())
                .toList();
        String style = "default";
        for (Element s : XmlChildren.all(layer, WMTS, "Style")) {
            Optional<String> styleId = XmlChildren.text(s, OWS, "Identifier");
            if (styleId.isPresent() && (style.equals("default") || "true".equals(s.getAttribute("isDefault")))) {
                style = styleId.get();
                if ("true".equals(s.getAttribute("isDefault"))) {
                    break;
                }
            }
        }
        List<String> setIds = new ArrayList<>();
        for (Element link : XmlChildren.all(layer, WMTS, "TileMatrixSetLink")) {
            XmlChildren.text(link, WMTS, "TileMatrixSet").ifPresent(setIds::add);
        }
        Map<String, String> templates = new LinkedHashMap<>();
        for (Element url : XmlChildren.all(layer, WMTS, "ResourceURL")) {
            if ("tile".equals(url.getAttribute("resourceType"))) {
                templates.putIfAbsent(url.getAttribute("format"), url.getAttribute("template"));
            }
        }
        return new WmtsLayer(id, title, formats, style, setIds, templates);
    }

    private static Optional<String> kvpGetTile(Element root) {
        Optional<Element> metadata = XmlChildren.first(root, OWS, "OperationsMetadata");
        if (metadata.isEmpty()) {
            return Optional.empty();
        }
        for (Element operation : XmlChildren.all(metadata.get(), OWS, "Operation")) {
            if (!"GetTile".equals(operation.getAttribute("name"))) {
                continue;
            }
            for (Element get : XmlChildren.descendants(operation, OWS, "Get")) {
                List<String> encodings = XmlChildren.descendants(get, OWS, "Value").stream()
                        .map(e -> e.getTextContent().trim()).toList();
                if (encodings.isEmpty() || encodings.contains("KVP")) {
                    return Optional.of(get.getAttributeNS(XLINK, "href"));
                }
            }
        }
        return Optional.empty();
    }

    static DocumentBuilder builder() throws ParserConfigurationException {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        // WMS 1.1.1 documents start with a DOCTYPE: allowed, but no DTD or external entity is ever loaded.
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
        factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        factory.setExpandEntityReferences(false);
        DocumentBuilder builder = factory.newDocumentBuilder();
        builder.setErrorHandler(null);
        return builder;
    }
}
