package rectimap.raster.service;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;
import rectimap.raster.RasterException;
import rectimap.raster.RasterProblem;
import rectimap.raster.tile.TileCrs;

/**
 * The parts of a WMS 1.1.1 or 1.3.0 GetCapabilities document Rectimap uses: version, named layers, the CRSs
 * offered (EPSG codes), image formats and the GetMap address.
 */
public record WmsCapabilities(WmsVersion version, List<String> layers, Set<Integer> epsgCodes, List<String> formats,
                              Optional<String> getMapUrl) {
    /** The CRSs Rectimap asks in, best first: the display grid, CGCS2000, WGS 84, Web Mercator. */
    private static final List<Integer> PREFERRED = List.of(4546, 4490, 4326, 3857);

    public static WmsCapabilities read(InputStream in, String service) throws RasterException {
        Element root;
        try {
            root = WmtsCapabilitiesReader.builder().parse(in).getDocumentElement();
        } catch (SAXException | IOException | ParserConfigurationException e) {
            throw new RasterException(RasterProblem.BAD_CAPABILITIES, service, "XML");
        }
        String name = root.getLocalName();
        if (!"WMS_Capabilities".equals(name) && !"WMT_MS_Capabilities".equals(name)) {
            throw new RasterException(RasterProblem.BAD_CAPABILITIES, service, String.valueOf(name));
        }
        List<String> layers = new ArrayList<>();
        for (Element layer : byName(root, "Layer")) {
            for (Element child : byName(layer, "Name")) {
                if (child.getParentNode() == layer) {
                    layers.add(child.getTextContent().trim());
                }
            }
        }
        Set<Integer> codes = new LinkedHashSet<>();
        for (String tag : List.of("CRS", "SRS")) {
            for (Element crs : byName(root, tag)) {
                for (String each : crs.getTextContent().trim().split("\\s+")) {
                    TileCrs.parse(each).ifPresent(c -> codes.add(c.epsg()));
                }
            }
        }
        List<String> formats = new ArrayList<>();
        Optional<String> getMap = Optional.empty();
        List<Element> getMaps = byName(root, "GetMap");
        if (!getMaps.isEmpty()) {
            for (Element format : byName(getMaps.get(0), "Format")) {
                formats.add(format.getTextContent().trim());
            }
            List<Element> online = byName(getMaps.get(0), "OnlineResource");
            if (!online.isEmpty()) {
                getMap = Optional.of(online.get(0).getAttributeNS("http://www.w3.org/1999/xlink", "href"))
                        .filter(h -> !h.isBlank());
            }
        }
        return new WmsCapabilities(WmsVersion.of(root.getAttribute("version")), layers, codes, formats, getMap);
    }

    /** The CRS to ask in: the first of 4546, 4490, 4326, 3857 offered. */
    public Optional<TileCrs> preferredCrs() {
        return PREFERRED.stream().filter(epsgCodes::contains).findFirst().map(TileCrs::ofEpsg);
    }

    /** PNG when offered (keeps transparency), else JPEG, else the first format. */
    public String preferredFormat() {
        return formats.contains("image/png") ? "image/png" : formats.contains("image/jpeg") ? "image/jpeg"
                : formats.isEmpty() ? "image/png" : formats.get(0);
    }

    private static List<Element> byName(Element parent, String local) {
        NodeList nodes = parent.getElementsByTagNameNS("*", local);
        List<Element> found = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            found.add((Element) nodes.item(i));
        }
        return found;
    }
}
