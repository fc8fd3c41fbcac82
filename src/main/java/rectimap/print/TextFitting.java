package rectimap.print;

import rectimap.render.DrawingSurface;
import rectimap.render.FontWeight;

/** Shortens a text with "…" until it fits a width on a surface, for legend rows and table cells. */
final class TextFitting {

    private TextFitting() {
    }

    /** {@code text} if it fits {@code maxUnits} at this size, else its longest prefix plus "…" that fits. */
    static String fit(DrawingSurface surface, String text, double sizeUnits, FontWeight weight, double maxUnits) {
        if (surface.measureText(text, sizeUnits, weight).width() <= maxUnits) {
            return text;
        }
        int low = 0;
        int high = text.length();
        while (low < high) {
            int mid = (low + high + 1) / 2;
            if (surface.measureText(text.substring(0, mid) + "…", sizeUnits, weight).width() <= maxUnits) {
                low = mid;
            } else {
                high = mid - 1;
            }
        }
        if (low > 0 && Character.isHighSurrogate(text.charAt(low - 1))) {
            low--;
        }
        return low == 0 ? "" : text.substring(0, low) + "…";
    }
}
