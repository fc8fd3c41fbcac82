package rectimap.raster.geotiff;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import java.util.Locale;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/**
 * Whose imagery a GeoTIFF is: the TIFF Copyright field ({@code gdal_translate -mo TIFFTAG_COPYRIGHT=…}), else the
 * dataset item {@code COPYRIGHT} or {@code ATTRIBUTION} of GDAL's own metadata field (42112, an XML document GDAL
 * writes for {@code -mo NAME=value} of any other name); band items are not credits. A document that does not parse
 * gives no credit rather than a failed file.
 */
final class TiffCredit {
    static final int GDAL_METADATA = 42112;
    private static final List<String> ITEMS = List.of("COPYRIGHT", "ATTRIBUTION");

    private TiffCredit() {
    }

    /** The credit of the image whose fields are {@code tags}, or "" for none. */
    static String of(TiffTags tags) throws IOException {
        String copyright = tags.text(TiffTags.COPYRIGHT);
        return copyright.isEmpty() ? gdalItem(tags.text(GDAL_METADATA)) : copyright;
    }

    private static String gdalItem(String xml) {
        if (xml.isEmpty()) {
            return "";
        }
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            NodeList items = factory.newDocumentBuilder().parse(new InputSource(new StringReader(xml)))
                    .getElementsByTagName("Item");
            for (String wanted : ITEMS) {
                for (int i = 0; i < items.getLength(); i++) {
                    Element item = (Element) items.item(i);
                    boolean dataset = item.getAttribute("sample").isEmpty() && item.getAttribute("role").isEmpty();
                    if (dataset && item.getAttribute("name").toUpperCase(Locale.ROOT).equals(wanted)
                            && !item.getTextContent().isBlank()) {
                        return item.getTextContent().strip();
                    }
                }
            }
            return "";
        } catch (ParserConfigurationException | SAXException | IOException unreadable) {
            // A damaged metadata document costs the credit line only, never the imagery.
            return "";
        }
    }
}
