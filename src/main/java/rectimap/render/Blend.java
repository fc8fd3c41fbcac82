package rectimap.render;

/** Source-over blending on straight-alpha ARGB pixels, as Java2D does on {@code TYPE_INT_ARGB}. Pure. */
final class Blend {

    private Blend() {
    }

    /** {@code dst} with the colour of {@code argb} (its alpha ignored) laid over it at opacity {@code a} (0–1). */
    static int over(int dst, int argb, double a) {
        if (a >= 0.999) {
            return argb | 0xff000000;
        }
        int sr = (argb >> 16) & 0xff;
        int sg = (argb >> 8) & 0xff;
        int sb = argb & 0xff;
        int dstAlpha = dst >>> 24;
        if (dstAlpha == 255) {
            // Opaque ground (the map's paper): integer weights out of 256, within one level of the exact blend.
            int weight = (int) (a * 256 + 0.5);
            int keep = 256 - weight;
            int r = (sr * weight + ((dst >> 16) & 0xff) * keep + 128) >> 8;
            int g = (sg * weight + ((dst >> 8) & 0xff) * keep + 128) >> 8;
            int b = (sb * weight + (dst & 0xff) * keep + 128) >> 8;
            return 0xff000000 | r << 16 | g << 8 | b;
        }
        double da = dstAlpha / 255.0 * (1 - a);
        double outA = a + da;
        if (outA <= 0) {
            return dst;
        }
        int r = (int) ((sr * a + ((dst >> 16) & 0xff) * da) / outA + 0.5);
        int g = (int) ((sg * a + ((dst >> 8) & 0xff) * da) / outA + 0.5);
        int b = (int) ((sb * a + (dst & 0xff) * da) / outA + 0.5);
        return (int) (outA * 255 + 0.5) << 24 | r << 16 | g << 8 | b;
    }
}
