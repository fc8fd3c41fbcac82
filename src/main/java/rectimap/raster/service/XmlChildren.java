package rectimap.raster.service;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/** Namespace-aware lookups of child elements in OGC capabilities documents. */
final class XmlChildren {
    private XmlChildren() {
    }

    /** Direct children named {@code local} in namespace {@code ns}, in document order. */
    static List<Element> all(Element parent, String ns, String local) {
        List<Element> found = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && local.equals(e.getLocalName()) && ns.equals(e.getNamespaceURI())) {
                found.add(e);
            }
        }
        return found;
    }

    static Optional<Element> first(Element parent, String ns, String local) {
        return all(parent, ns, local).stream().findFirst();
    }

    /** The trimmed text of the first such child, if present and not blank. */
    static Optional<String> text(Element parent, String ns, String local) {
        return first(parent, ns, local).map(e -> e.getTextContent().trim()).filter(t -> !t.isEmpty());
    }

    /** Descendants at any depth. */
    static List<Element> descendants(Element parent, String ns, String local) {
        NodeList nodes = parent.getElementsByTagNameNS(ns, local);
        List<Element> found = new ArrayList<>(nodes.getLength());
        for (int i = 0; i < nodes.getLength(); i++) {
            found.add((Element) nodes.item(i));
        }
        return found;
    }
}
