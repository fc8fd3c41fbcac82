package rectimap.ui.print;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import rectimap.print.ExportPreset;
import rectimap.print.Orientation;
import rectimap.print.Paper;
import rectimap.print.SheetElement;

/**
 * A {@link SheetDesign} as the text stored in the project's settings under {@link #SETTING_KEY}: one
 * {@code name=value} line per choice (Java properties syntax, so Chinese titles survive), sorted, readable in any
 * SQLite browser. Reading is forgiving: a missing or unknown value (a setting written by a later version) falls back
 * to the default for that choice alone. Pure.
 */
public final class SheetDesignText {
    /** The project setting that holds the last sheet. */
    public static final String SETTING_KEY = "print.sheet";

    private SheetDesignText() {
    }

    public static String write(SheetDesign design) {
        TreeMap<String, String> values = new TreeMap<>();
        values.put("paper", design.paper().name());
        values.put("orientation", design.orientation().name());
        values.put("title", design.customTitle());
        values.put("subtitle", design.customSubtitle());
        values.put("extent", design.extent().name());
        values.put("township", design.townshipCode());
        values.put("village", design.villageCode());
        values.put("site", design.siteCode());
        values.put("scale", Integer.toString(design.scaleDenominator()));
        values.put("elements", String.join(",", design.elements().stream().map(Enum::name).sorted().toList()));
        values.put("compilingUnit", design.customCompilingUnit());
        values.put("date", design.date() == null ? "" : design.date().toString());
        values.put("atlas", design.atlas().name());
        values.put("atlasFiles", design.atlasFiles().name());
        values.put("preset", design.preset().name());
        StringBuilder text = new StringBuilder();
        values.forEach((name, value) -> text.append(escaped(name, value)));
        return text.toString();
    }

    public static SheetDesign read(String text) {
        Properties values = new Properties();
        try {
            values.load(new StringReader(text));
        } catch (IOException | IllegalArgumentException e) {
            return SheetDesign.defaults();
        }
        SheetDesign d = SheetDesign.defaults();
        return new SheetDesign(
                constant(Paper.class, values.getProperty("paper"), d.paper()),
                constant(Orientation.class, values.getProperty("orientation"), d.orientation()),
                values.getProperty("title", ""), values.getProperty("subtitle", ""),
                constant(ExtentChoice.class, values.getProperty("extent"), d.extent()),
                values.getProperty("township", ""), values.getProperty("village", ""),
                values.getProperty("site", ""), scale(values.getProperty("scale")),
                elements(values.getProperty("elements"), d.elements()),
                values.getProperty("compilingUnit", ""), date(values.getProperty("date")),
                constant(AtlasChoice.class, values.getProperty("atlas"), d.atlas()),
                constant(AtlasFiles.class, values.getProperty("atlasFiles"), d.atlasFiles()),
                constant(ExportPreset.class, values.getProperty("preset"), d.preset()));
    }

    private static String escaped(String name, String value) {
        Properties one = new Properties();
        one.setProperty(name, value);
        StringWriter out = new StringWriter();
        try {
            one.store(out, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // Properties.store writes a date comment first; keep only the entry so equal designs give equal text.
        return out.toString().lines().filter(line -> !line.startsWith("#")).findFirst().orElse("") + "\n";
    }

    private static <E extends Enum<E>> E constant(Class<E> type, String name, E fallback) {
        try {
            return name == null ? fallback : Enum.valueOf(type, name.strip());
        } catch (IllegalArgumentException e) {
            return fallback;
        }
    }

    private static int scale(String text) {
        try {
            int value = text == null ? 0 : Integer.parseInt(text.strip());
            return Math.max(0, value);
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static Set<SheetElement> elements(String text, Set<SheetElement> fallback) {
        if (text == null) {
            return fallback;
        }
        EnumSet<SheetElement> shown = EnumSet.noneOf(SheetElement.class);
        for (String name : text.split(",")) {
            if (!name.isBlank()) {
                try {
                    shown.add(SheetElement.valueOf(name.strip()));
                } catch (IllegalArgumentException ignored) {
                    // an element this version does not know: leave it out, keep the rest
                }
            }
        }
        return shown;
    }

    private static LocalDate date(String text) {
        try {
            return text == null || text.isBlank() ? null : LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
