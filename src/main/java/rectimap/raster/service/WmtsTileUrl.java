package rectimap.raster.service;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import rectimap.raster.RasterException;
import rectimap.raster.RasterProblem;
import rectimap.raster.tile.TileAddress;

/**
 * GetTile addresses of one WMTS layer in one matrix set: REST when the layer has a ResourceURL template for the
 * format (placeholders {TileMatrixSet}, {TileMatrix}, {TileRow}, {TileCol}, {Style}, any letter case), else KVP.
 */
public record WmtsTileUrl(String kvpBase, String restTemplate, String layer, String style, String matrixSet,
                          String format) implements TileUrl {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z]+)}");

    /** The address for {@code layer} in {@code matrixSet} as the capabilities offer it. */
    public static WmtsTileUrl of(WmtsCapabilities capabilities, WmtsLayer layer, String matrixSet, String service)
            throws RasterException {
        String format = layer.preferredFormat();
        String template = layer.tileTemplates().get(format);
        if (template == null && !layer.tileTemplates().isEmpty() && capabilities.getTileKvpUrl().isEmpty()) {
            var first = layer.tileTemplates().entrySet().iterator().next();
            format = first.getKey();
            template = first.getValue();
        }
        if (template == null && capabilities.getTileKvpUrl().isEmpty()) {
            throw new RasterException(RasterProblem.BAD_CAPABILITIES, service, "GetTile");
        }
        return new WmtsTileUrl(capabilities.getTileKvpUrl().orElse(""), template, layer.id(), layer.style(),
                matrixSet, format);
    }

    @Override
    public String of(TileAddress tile) {
        if (restTemplate != null) {
            Matcher m = PLACEHOLDER.matcher(restTemplate);
            StringBuilder url = new StringBuilder();
            while (m.find()) {
                String value = switch (m.group(1).toLowerCase()) {
                    case "tilematrixset" -> matrixSet;
                    case "tilematrix" -> tile.matrix().id();
                    case "tilerow" -> Long.toString(tile.row());
                    case "tilecol" -> Long.toString(tile.column());
                    case "style" -> style;
                    default -> m.group();
                };
                m.appendReplacement(url, Matcher.quoteReplacement(value));
            }
            return m.appendTail(url).toString();
        }
        String base = kvpBase.endsWith("?") || kvpBase.endsWith("&") ? kvpBase
                : kvpBase + (kvpBase.contains("?") ? "&" : "?");
        return base + "SERVICE=WMTS&REQUEST=GetTile&VERSION=1.0.0&LAYER=" + encode(layer) + "&STYLE="
                + encode(style) + "&TILEMATRIXSET=" + encode(matrixSet) + "&TILEMATRIX=" + encode(tile.matrix().id())
                + "&TILEROW=" + tile.row() + "&TILECOL=" + tile.column() + "&FORMAT=" + encode(format);
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
