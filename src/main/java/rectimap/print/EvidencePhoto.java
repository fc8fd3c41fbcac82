package rectimap.print;

import java.awt.image.BufferedImage;
import java.util.function.Supplier;

/**
 * One photo on a printed photo page: its tag as printed (整改前 / 整改后), the caption lines (time, who, place, file)
 * and the picture, decoded only when its page is painted (a report of a hundred cases never holds its pictures
 * together) and already scaled for print by the supplier.
 */
public record EvidencePhoto(String tag, java.util.List<String> caption, Supplier<BufferedImage> picture) {
    public EvidencePhoto {
        caption = java.util.List.copyOf(caption);
    }
}
