package rectimap.raster.service;

import java.util.List;
import java.util.Map;

/**
 * A layer of a WMTS capabilities document.
 *
 * @param style the default style's identifier ("default" when none is marked)
 * @param matrixSetIds the tile matrix sets the layer is offered in, in document order
 * @param tileTemplates REST ResourceURL templates of resourceType "tile" by format
 */
public record WmtsLayer(String id, String title, List<String> formats, String style, List<String> matrixSetIds,
                        Map<String, String> tileTemplates) {
    /** The format to ask for: the first image format offered (JPEG or PNG preferred), else the first listed. */
    public String preferredFormat() {
        return formats.stream().filter(f -> f.equals("image/png") || f.equals("image/jpeg")).findFirst()
                .orElse(formats.isEmpty() ? tileTemplates.keySet().stream().findFirst().orElse("image/png")
                        : formats.get(0));
    }
}
