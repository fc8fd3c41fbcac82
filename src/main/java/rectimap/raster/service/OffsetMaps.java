package rectimap.raster.service;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import rectimap.raster.RasterException;
import rectimap.raster.RasterProblem;

/**
 * Chinese web maps whose coordinates are deliberately shifted: GCJ-02 (Gaode/AMap, Tencent, Google's China tiles) and
 * BD-09 (Baidu, GCJ-02 shifted again). They are not plain Web Mercator: over CGCS2000 data they land 100–700 m off,
 * and the shift varies from place to place, so Rectimap refuses them rather than draw them silently offset (a
 * correction could only be approximate and would hide the problem on a printed sheet).
 */
public final class OffsetMaps {
    /** The shifted coordinate system a provider publishes in. */
    public enum Shift { GCJ_02, BD_09 }

    /** A provider recognised by host name, with its name for messages. */
    public record Provider(String name, String hostSuffix, Shift shift) {
    }

    private static final List<Provider> PROVIDERS = List.of(
            new Provider("高德 / AMap", "autonavi.com", Shift.GCJ_02),
            new Provider("高德 / AMap", "amap.com", Shift.GCJ_02),
            new Provider("腾讯 / Tencent", "map.qq.com", Shift.GCJ_02),
            new Provider("腾讯 / Tencent", "gtimg.com", Shift.GCJ_02),
            new Provider("Google China", "google.cn", Shift.GCJ_02),
            new Provider("百度 / Baidu", "baidu.com", Shift.BD_09),
            new Provider("百度 / Baidu", "bdimg.com", Shift.BD_09),
            new Provider("百度 / Baidu", "bdstatic.com", Shift.BD_09));

    private OffsetMaps() {
    }

    /** The provider of {@code url} when it is one of the shifted maps. */
    public static Optional<Provider> of(String url) {
        String host;
        try {
            host = URI.create(url.replaceAll("\\{[^}]*}", "x").trim()).getHost();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        if (host == null) {
            return Optional.empty();
        }
        String lower = host.toLowerCase(Locale.ROOT);
        return PROVIDERS.stream()
                .filter(p -> lower.equals(p.hostSuffix()) || lower.endsWith("." + p.hostSuffix())).findFirst();
    }

    /** @throws RasterException OFFSET_COORDINATES when {@code url} is a shifted map */
    public static void refuse(String url) throws RasterException {
        Optional<Provider> provider = of(url);
        if (provider.isPresent()) {
            throw new RasterException(RasterProblem.OFFSET_COORDINATES, provider.get().name(),
                    provider.get().shift() == Shift.GCJ_02 ? "GCJ-02" : "BD-09");
        }
    }
}
