package rectimap.raster.service;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import rectimap.raster.RasterException;
import rectimap.raster.RasterProblem;
import rectimap.raster.tile.TileMatrixSet;
import rectimap.raster.tile.WellKnownSets;

/**
 * The Tianditu (天地图) basemaps: 矢量 (vec + cva annotation), 影像 (img + cia), 地形 (ter + cta), in the {@code c}
 * set (CGCS2000 lon/lat, the default: same datum as the project, no Web Mercator) or the {@code w} set. Named
 * {@code tianditu:img}, {@code tianditu:img_w}, or by the Chinese title. The grids are the well-known ones the
 * service's capabilities describe (tested against a document of that shape), so no capabilities request is needed.
 * Every request carries the user's key as {@code tk}. {@code -Drectimap.tianditu.url=URL} points at a mirror (an
 * intranet copy of the service).
 */
public record TiandituPreset(Kind kind, String set) {
    /** The public service. */
    public static final String OFFICIAL_URL = "https://t0.tianditu.gov.cn";
    /** The user setting that keeps the key (in the user's settings file, never in a project). */
    public static final String SETTINGS_KEY = "basemap.tianditu.tk";
    /** The user setting that keeps the map review number (审图号) the user copied from the service's own page. */
    public static final String REVIEW_SETTINGS_KEY = "basemap.tianditu.review";
    /** What must be printed with Tianditu imagery; the review number follows when the user gave it. */
    public static final String ATTRIBUTION = "© 天地图 国家地理信息公共服务平台";

    /** A Tianditu basemap: its base and annotation layers and its Chinese title. */
    public enum Kind {
        VECTOR("vec", "cva", "天地图矢量"),
        IMAGERY("img", "cia", "天地图影像"),
        TERRAIN("ter", "cta", "天地图地形");

        private final String base;
        private final String annotation;
        private final String title;

        Kind(String base, String annotation, String title) {
            this.base = base;
            this.annotation = annotation;
            this.title = title;
        }

        public String title() {
            return title;
        }
    }

    /** The preset {@code name} means ({@code tianditu:vec[_c|_w]} or a Chinese title), if it is one. */
    public static Optional<TiandituPreset> named(String name) {
        String text = name.strip().toLowerCase(Locale.ROOT);
        for (Kind kind : Kind.values()) {
            for (String set : List.of("c", "w")) {
                if (text.equals("tianditu:" + kind.base + "_" + set) || text.equals(kind.title + "_" + set)) {
                    return Optional.of(new TiandituPreset(kind, set));
                }
            }
            if (text.equals("tianditu:" + kind.base) || text.equals(kind.title)) {
                return Optional.of(new TiandituPreset(kind, "c"));
            }
        }
        return Optional.empty();
    }

    /** The name a project or command line keeps, e.g. {@code tianditu:img_c}. */
    public String id() {
        return "tianditu:" + kind.base + "_" + set;
    }

    public TileMatrixSet matrixSet() {
        return set.equals("w") ? WellKnownSets.tiandituMercator() : WellKnownSets.tiandituLonLat();
    }

    /**
     * The service's tiles with {@code key}; their attribution carries {@code review} as {@code 审图号：…} (the number
     * changes with each approval, so it is the user's to copy from tianditu.gov.cn, not ours to hard-code).
     *
     * @throws RasterException KEY_MISSING when there is no key
     */
    public ServiceTiles tiles(Optional<String> key, Optional<String> review) throws RasterException {
        if (key.isEmpty()) {
            throw new RasterException(RasterProblem.KEY_MISSING, kind.title, "");
        }
        String url = System.getProperty("rectimap.tianditu.url", OFFICIAL_URL).replaceAll("/+$", "");
        QueryKey tk = new QueryKey("tk", key.get());
        TileMatrixSet grid = matrixSet();
        List<TileUrl> layers = List.of(kind.base, kind.annotation).stream()
                .map(layer -> tk.on(new WmtsTileUrl(url + "/" + layer + "_" + set + "/wmts", null, layer,
                        "default", set, "tiles")))
                .toList();
        String attribution = ATTRIBUTION + review.map(number -> " 审图号：" + number).orElse("");
        return new ServiceTiles(id(), kind.title, attribution, grid, grid.coarsest().extent(), layers);
    }
}
