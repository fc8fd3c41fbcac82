package rectimap.raster.service;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import rectimap.raster.RasterException;
import rectimap.raster.RasterProblem;
import rectimap.raster.RasterSource;
import rectimap.raster.tile.TileCrs;
import rectimap.raster.tile.TileMatrixSet;
import rectimap.raster.tile.WellKnownSets;

/**
 * Opens the online sources a location names: a Tianditu preset, an XYZ template, a WMTS (capabilities read, a
 * layer and matrix set chosen: {@code #layer=…&set=…}, else the first layer in CGCS2000, then Web Mercator) or a
 * WMS ({@code SERVICE=WMS} or a path ending in {@code /wms}; {@code #layers=a,b}, else all named layers). Shifted
 * Chinese web maps are refused before any request. Opening a WMTS or WMS fetches its capabilities (blocking).
 */
public final class ServiceLocations {
    /** Deepest XYZ level asked unless {@code #maxzoom=} says otherwise. */
    private static final int XYZ_MAX_ZOOM = 19;

    private ServiceLocations() {
    }

    /** Whether {@code location} names an online source rather than a file. */
    public static boolean isService(String location) {
        String lower = location.strip().toLowerCase(Locale.ROOT);
        return lower.startsWith("http://") || lower.startsWith("https://") || TiandituPreset.named(location).isPresent();
    }

    /** The tiles of the service {@code location} names, with nothing fetched but its capabilities. */
    public static ServiceTiles describe(String location, ServiceAccess access) throws RasterException {
        Optional<TiandituPreset> preset = TiandituPreset.named(location);
        if (preset.isPresent()) {
            return preset.get().tiles(access.tiandituKey(), access.tiandituReview());
        }
        ServiceAddress address = ServiceAddress.parse(location.strip());
        OffsetMaps.refuse(address.url());
        if (XyzTileUrl.isTemplate(address.url())) {
            int max = Integer.parseInt(address.choices().getOrDefault("maxzoom", Integer.toString(XYZ_MAX_ZOOM)));
            TileMatrixSet set = WellKnownSets.webMercator("xyz", 0, max);
            return new ServiceTiles(address.id(), ServiceTitle.ofTemplate(address), address.host(), set,
                    set.coarsest().extent(),
                    List.of(new XyzTileUrl(address.url())));
        }
        String lower = address.url().toLowerCase(Locale.ROOT);
        boolean wms = lower.contains("service=wms") || lower.replaceAll("\\?.*", "").endsWith("/wms");
        return wms ? wms(address, access) : wmts(address, access);
    }

    /**
     * A name for the service {@code location} names, known without asking it anything: the user's title
     * ({@code #title=}), the layer an XYZ template names with its host, else the host.
     */
    public static String titleOf(String location) {
        Optional<TiandituPreset> preset = TiandituPreset.named(location);
        if (preset.isPresent()) {
            return location.strip();
        }
        ServiceAddress address = ServiceAddress.parse(location.strip());
        return XyzTileUrl.isTemplate(address.url()) ? ServiceTitle.ofTemplate(address)
                : ServiceTitle.givenOr(address, address.host());
    }

    /** {@code location} with the user's {@code title} as its {@code #title=} choice (unchanged for a blank title). */
    public static String titled(String location, String title) {
        if (title == null || title.isBlank()) {
            return location;
        }
        return location + (location.contains("#") ? "&" : "#") + ServiceTitle.CHOICE + "="
                + java.net.URLEncoder.encode(title.strip(), java.nio.charset.StandardCharsets.UTF_8);
    }

    /** The source {@code location} names. */
    public static RasterSource open(String location, ServiceAccess access) throws RasterException {
        ServiceTiles tiles = describe(location, access);
        return new ServiceTileSource(tiles, access.fetcher(), access.packages().find(tiles.id()));
    }

    private static ServiceTiles wmts(ServiceAddress address, ServiceAccess access) throws RasterException {
        WmtsCapabilities caps = WmtsCapabilitiesReader.read(new ByteArrayInputStream(
                document(address, "WMTS", access)), address.host());
        String layerId = address.choices().get("layer");
        WmtsLayer layer = (layerId == null ? caps.layers().stream().findFirst() : caps.layer(layerId))
                .orElseThrow(() -> new RasterException(RasterProblem.NO_SUCH_LAYER, address.host(),
                        String.valueOf(layerId)));
        String setId = address.choices().getOrDefault("set", preferredSet(caps, layer));
        TileMatrixSet set = caps.matrixSets().get(setId);
        if (set == null || !layer.matrixSetIds().contains(setId)) {
            throw new RasterException(RasterProblem.NO_SUCH_LAYER, address.host(), layer.id() + " / " + setId);
        }
        WmtsTileUrl url = WmtsTileUrl.of(caps, layer, setId, address.host());
        return new ServiceTiles(address.id(), ServiceTitle.givenOr(address, layer.title()), caps.title(), set,
                set.coarsest().extent(),
                List.of(tile -> address.withCarried(url.of(tile))));
    }

    private static String preferredSet(WmtsCapabilities caps, WmtsLayer layer) {
        for (int epsg : List.of(4490, 4546, 4326, TileCrs.WEB_MERCATOR)) {
            for (String id : layer.matrixSetIds()) {
                TileMatrixSet set = caps.matrixSets().get(id);
                if (set != null && set.crs().epsg() == epsg) {
                    return id;
                }
            }
        }
        return layer.matrixSetIds().isEmpty() ? "" : layer.matrixSetIds().get(0);
    }

    private static ServiceTiles wms(ServiceAddress address, ServiceAccess access) throws RasterException {
        WmsCapabilities caps = WmsCapabilities.read(new ByteArrayInputStream(document(address, "WMS", access)),
                address.host());
        TileCrs crs = caps.preferredCrs().orElseThrow(() -> new RasterException(RasterProblem.UNKNOWN_CRS,
                address.host(), caps.epsgCodes().toString()));
        String layers = address.choices().getOrDefault("layers", String.join(",", caps.layers()));
        if (layers.isBlank()) {
            throw new RasterException(RasterProblem.NO_SUCH_LAYER, address.host(), "LAYERS");
        }
        String base = caps.getMapUrl().orElse(address.url().replaceAll("\\?.*", ""));
        WmsGetMap getMap = new WmsGetMap(base, caps.version(), layers, caps.preferredFormat(), crs);
        TileMatrixSet grid = WmsTileGrid.of(crs);
        return new ServiceTiles(address.id(), ServiceTitle.givenOr(address, layers), address.host(), grid,
                crs.world().orElse(grid.coarsest()
                .extent()), List.of(tile -> address.withCarried(getMap.of(tile))));
    }

    private static byte[] document(ServiceAddress address, String service, ServiceAccess access)
            throws RasterException {
        try {
            return access.fetcher().fetchDocument(address.withCarried(address.capabilitiesUrl(service)),
                    address.host()).orElseThrow(() -> new RasterException(RasterProblem.BAD_CAPABILITIES,
                            address.host(), "HTTP 404"));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RasterException(RasterProblem.NO_ANSWER, address.host(), "");
        }
    }
}
