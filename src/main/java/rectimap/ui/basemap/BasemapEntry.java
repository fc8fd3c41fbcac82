package rectimap.ui.basemap;

import java.nio.file.Path;
import java.util.List;
import rectimap.raster.service.ServiceLocations;
import rectimap.ui.Messages;

/**
 * One line of the basemap switcher: what it says and the raster location it shows ("" for none). {@link Kind#CHOOSE}
 * asks for a file instead of showing one.
 *
 * @param label    what the list shows
 * @param location what {@code RasterSources.open} opens, as the project keeps it
 */
public record BasemapEntry(Kind kind, String label, String location) {

    /** What choosing the line does. */
    public enum Kind {
        /** A blank ground. */
        NONE,
        /** An online preset (Tianditu); needs the user's key. */
        SERVICE,
        /** Another online service (WMTS, WMS, XYZ) the project shows, named by its title. */
        ONLINE,
        /** An imagery file on this computer. */
        FILE,
        /** Ask for an imagery file. */
        CHOOSE
    }

    /** The fixed lines: 无, the Tianditu presets, 本地影像…. */
    static List<BasemapEntry> fixed(Messages messages) {
        return List.of(new BasemapEntry(Kind.NONE, messages.get("basemap.none"), ""),
                new BasemapEntry(Kind.SERVICE, messages.get("basemap.tiandituVector"), "tianditu:vec"),
                new BasemapEntry(Kind.SERVICE, messages.get("basemap.tiandituImagery"), "tianditu:img"),
                new BasemapEntry(Kind.SERVICE, messages.get("basemap.tiandituTerrain"), "tianditu:ter"),
                new BasemapEntry(Kind.CHOOSE, messages.get("basemap.chooseFile"), ""));
    }

    /**
     * The line of a kept {@code location}: a fixed one when it is, an online service named by its title
     * ({@link ServiceLocations#titleOf}), else a file line named by the file.
     */
    static BasemapEntry of(String location, Messages messages) {
        for (BasemapEntry entry : fixed(messages)) {
            if (entry.kind != Kind.CHOOSE && entry.location.equals(location)) {
                return entry;
            }
        }
        if (ServiceLocations.isService(location)) {
            return new BasemapEntry(Kind.ONLINE, ServiceLocations.titleOf(location), location);
        }
        Path file = Path.of(location.replaceFirst("!.*$", ""));
        return new BasemapEntry(Kind.FILE, messages.format("basemap.file", file.getFileName()), location);
    }

    /** Whether the line shows an online service (a preset or another). */
    boolean online() {
        return kind == Kind.SERVICE || kind == Kind.ONLINE;
    }

    @Override
    public String toString() {
        return label;
    }
}
