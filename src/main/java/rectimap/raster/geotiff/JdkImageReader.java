package rectimap.raster.geotiff;

import java.io.IOException;
import java.util.Locale;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;

/**
 * The Java runtime's own reader of an image format (java.desktop's plug-in, found by class name among the
 * registered ones), not one a library on the class path registers for the same format name.
 */
final class JdkImageReader {

    private JdkImageReader() {
    }

    /** A new JDK reader of {@code format} ("jpeg", "tiff": the name of its plug-in package, too). */
    static ImageReader of(String format) throws IOException {
        String plugin = "com.sun.imageio.plugins." + format + ".";
        var readers = ImageIO.getImageReadersByFormatName(format);
        while (readers.hasNext()) {
            ImageReader reader = readers.next();
            if (reader.getClass().getName().startsWith(plugin)) {
                return reader;
            }
        }
        throw new IOException("the Java runtime has no " + format.toUpperCase(Locale.ROOT) + " reader");
    }
}
