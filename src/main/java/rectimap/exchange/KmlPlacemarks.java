package rectimap.exchange;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.w3c.dom.Document;
import java.util.HashMap;
import java.util.Map;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * The Placemark elements of a KML document read with StAX, one at a time: each is built into a small DOM element
 * (namespaces, attributes, text and CDATA kept; comments dropped) so {@link KmlSource#record} reads it exactly as
 * in a whole parsed document. The XML declaration's encoding is honoured unless {@link KmlEncoding} chose one; a DOCTYPE is refused and no external
 * entity is ever read. Not thread-safe; closing closes the stream.
 */
final class KmlPlacemarks implements Closeable {
    private final Closeable in;
    private final XMLStreamReader xml;
    private final Document owner;
    private final Map<String, String> declaredTypes = new HashMap<>();

    /** Reads {@code in}, decoded with {@code charset}, or as its XML declaration says when {@code charset} is null. */
    KmlPlacemarks(InputStream in, Charset charset) throws XMLStreamException {
        this.in = in;
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        factory.setProperty(XMLInputFactory.IS_COALESCING, true);
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        this.xml = charset == null ? factory.createXMLStreamReader(in)
                : factory.createXMLStreamReader(new InputStreamReader(in, charset));
        try {
            DocumentBuilderFactory documents = DocumentBuilderFactory.newInstance();
            documents.setNamespaceAware(true);
            this.owner = documents.newDocumentBuilder().newDocument();
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the JDK's DOM is always configurable this way", e);
        }
    }

    /** The next Placemark in document order, null after the end of the document (which is checked whole). */
    Element next() throws XMLStreamException {
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.DTD) {
                throw new XMLStreamException("DOCTYPE is disallowed", xml.getLocation());
            }
            if (event == XMLStreamConstants.START_ELEMENT && "Placemark".equals(xml.getLocalName())) {
                return element();
            }
            if (event == XMLStreamConstants.START_ELEMENT && "SimpleField".equals(xml.getLocalName())) {
                declaredTypes.put(xml.getAttributeValue(null, "name"), xml.getAttributeValue(null, "type"));
            }
        }
        return null;
    }

    /** Each Schema SimpleField's declared type by field name ("string", "int", "float"…), as read so far. */
    Map<String, String> declaredTypes() {
        return declaredTypes;
    }

    /** The line the reader stands at (for messages). */
    int line() {
        return xml.getLocation().getLineNumber();
    }

    /** The element the reader stands at, with everything inside it; the reader ends on its end tag. */
    private Element element() throws XMLStreamException {
        Element root = start();
        Node at = root;
        int depth = 1;
        while (depth > 0) {
            int event = xml.next();
            switch (event) {
                case XMLStreamConstants.START_ELEMENT -> {
                    Element child = start();
                    at.appendChild(child);
                    at = child;
                    depth++;
                }
                case XMLStreamConstants.END_ELEMENT -> {
                    at = at.getParentNode();
                    depth--;
                }
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE ->
                        at.appendChild(owner.createTextNode(xml.getText()));
                default -> {
                    // comments and processing instructions carry no placemark data
                }
            }
        }
        return root;
    }

    private Element start() {
        String prefix = xml.getPrefix();
        String qualified = prefix == null || prefix.isEmpty() ? xml.getLocalName() : prefix + ":" + xml.getLocalName();
        String namespace = xml.getNamespaceURI();
        Element element = owner.createElementNS(namespace == null || namespace.isEmpty() ? null : namespace, qualified);
        for (int i = 0; i < xml.getAttributeCount(); i++) {
            String uri = xml.getAttributeNamespace(i);
            String attributePrefix = xml.getAttributePrefix(i);
            String name = attributePrefix == null || attributePrefix.isEmpty() ? xml.getAttributeLocalName(i)
                    : attributePrefix + ":" + xml.getAttributeLocalName(i);
            element.setAttributeNS(uri == null || uri.isEmpty() ? null : uri, name, xml.getAttributeValue(i));
        }
        return element;
    }

    @Override
    public void close() throws IOException {
        try {
            xml.close();
        } catch (XMLStreamException e) {
            // the stream below is closed either way
        }
        in.close();
    }
}
