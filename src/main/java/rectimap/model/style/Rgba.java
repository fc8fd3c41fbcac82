package rectimap.model.style;

/** A colour with straight (non-premultiplied) alpha; channels 0–255, alpha 0–1. */
public record Rgba(int red, int green, int blue, double alpha) {
    public static final Rgba TRANSPARENT = new Rgba(0, 0, 0, 0);
    public static final Rgba BLACK = new Rgba(0, 0, 0, 1);
    public static final Rgba WHITE = new Rgba(255, 255, 255, 1);

    public Rgba {
        if (red < 0 || red > 255 || green < 0 || green > 255 || blue < 0 || blue > 255 || alpha < 0 || alpha > 1) {
            throw new IllegalArgumentException("colour out of range");
        }
    }

    /** Parses {@code #rrggbb} or {@code #rrggbbaa}. */
    public static Rgba hex(String hex) {
        String digits = hex.startsWith("#") ? hex.substring(1) : hex;
        int r = Integer.parseInt(digits.substring(0, 2), 16);
        int g = Integer.parseInt(digits.substring(2, 4), 16);
        int b = Integer.parseInt(digits.substring(4, 6), 16);
        double a = digits.length() >= 8 ? Integer.parseInt(digits.substring(6, 8), 16) / 255.0 : 1.0;
        return new Rgba(r, g, b, a);
    }

    public Rgba withAlpha(double newAlpha) {
        return new Rgba(red, green, blue, newAlpha);
    }

    public boolean isTransparent() {
        return alpha == 0;
    }
}
