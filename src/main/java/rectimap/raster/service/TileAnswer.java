package rectimap.raster.service;

import java.net.http.HttpResponse;
import java.util.Locale;
import rectimap.raster.RasterException;
import rectimap.raster.RasterProblem;

/** Judges a service's answer: an image, a missing tile, a refusal, or something that is not an image at all. */
final class TileAnswer {
    private TileAnswer() {
    }

    /**
     * The body when it is usable, null for a missing tile (404, 204).
     *
     * @param image true when an image is expected (then HTML, XML or text is NOT_AN_IMAGE)
     */
    static byte[] check(HttpResponse<byte[]> response, String service, boolean image) throws RasterException {
        int status = response.statusCode();
        if (status == 404 || status == 204) {
            return null;
        }
        if (status == 401 || status == 403) {
            throw new RasterException(RasterProblem.ACCESS_DENIED, service, "HTTP " + status);
        }
        if (status >= 300) {
            throw new RasterException(RasterProblem.SERVER_ERROR, service, "HTTP " + status);
        }
        byte[] body = response.body();
        if (image && !looksLikeImage(body)) {
            String type = response.headers().firstValue("Content-Type").orElse("?").toLowerCase(Locale.ROOT);
            throw new RasterException(RasterProblem.NOT_AN_IMAGE, service, type.split(";")[0]);
        }
        return body;
    }

    /** PNG, JPEG, GIF, WebP or TIFF by their first bytes (the Content-Type header is often wrong). */
    static boolean looksLikeImage(byte[] b) {
        if (b == null || b.length < 12) {
            return false;
        }
        boolean png = (b[0] & 0xff) == 0x89 && b[1] == 'P' && b[2] == 'N' && b[3] == 'G';
        boolean jpeg = (b[0] & 0xff) == 0xff && (b[1] & 0xff) == 0xd8;
        boolean gif = b[0] == 'G' && b[1] == 'I' && b[2] == 'F';
        boolean webp = b[0] == 'R' && b[1] == 'I' && b[2] == 'F' && b[3] == 'F' && b[8] == 'W' && b[9] == 'E';
        boolean tiff = (b[0] == 'I' && b[1] == 'I') || (b[0] == 'M' && b[1] == 'M');
        return png || jpeg || gif || webp || tiff;
    }
}
