package rectimap.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import rectimap.print.ExportFormat;
import rectimap.print.ExportPreset;
import rectimap.print.Orientation;
import rectimap.print.Paper;
import rectimap.print.SheetElement;

/**
 * The parsed options of {@code print}. {@code extent} and {@code atlas} stay text here (they name places, resolved
 * against the project later); {@code scale} is N of 1:N, 0 for fitted; {@code out} is a file, or a folder with
 * {@code split}.
 */
record PrintArguments(String project, Paper paper, Orientation orientation, String title, String subtitle,
                      String extent, double scale, String atlas, boolean split, ExportFormat format,
                      ExportPreset preset, Path out, String unit, Locale locale, Set<SheetElement> parts) {

    /** The words of {@code --parts}, one per sheet element. */
    static final java.util.Map<String, SheetElement> PART_NAMES = java.util.Map.of("north", SheetElement.NORTH_ARROW,
            "legend", SheetElement.LEGEND, "scale", SheetElement.SCALE_BAR, "note", SheetElement.SCHEMATIC_NOTE,
            "inset", SheetElement.OVERVIEW_INSET, "table", SheetElement.RESPONSIBILITY_TABLE,
            "grey", SheetElement.OUTSIDE_GREYED);

    private static final Set<String> OPTIONS = Set.of("--project", "--paper", "--orientation", "--title",
            "--subtitle", "--extent", "--scale", "--atlas", "--format", "--preset", "--out", "--unit", "--lang",
            "--parts");

    static PrintArguments parse(List<String> args, Path defaultProject) throws CommandOptions.BadOptions {
        List<String> rest = new ArrayList<>(args);
        boolean split = rest.remove("--split");
        CommandOptions options = CommandOptions.parse(rest, OPTIONS, Set.of("--out"));
        String project = options.get("--project") == null ? defaultProject.toString() : options.get("--project");
        Paper paper = choice(Paper.class, "--paper", options.get("--paper"), Paper.A3);
        Orientation orientation = choice(Orientation.class, "--orientation", options.get("--orientation"),
                Orientation.LANDSCAPE);
        double scale = 0;
        if (options.get("--scale") != null) {
            try {
                scale = Double.parseDouble(options.get("--scale").replace(",", "").replace("1:", ""));
            } catch (NumberFormatException e) {
                throw new CommandOptions.BadOptions("scaleNumber", options.get("--scale"));
            }
            if (!(scale >= 100 && scale <= 10_000_000)) {
                throw new CommandOptions.BadOptions("scaleRange", options.get("--scale"));
            }
        }
        ExportPreset preset = choice(ExportPreset.class, "--preset", options.get("--preset"), null);
        ExportFormat format = choice(ExportFormat.class, "--format", options.get("--format"),
                preset != null ? preset.format() : formatOfName(options.get("--out")));
        if (preset == null) {
            preset = format == ExportFormat.PDF ? ExportPreset.PRINT : ExportPreset.SCREEN;
        }
        String atlas = options.get("--atlas");
        if (split && atlas == null) {
            throw new CommandOptions.BadOptions("splitNeedsAtlas");
        }
        if (atlas != null && options.get("--extent") != null) {
            throw new CommandOptions.BadOptions("extentOrAtlas");
        }
        Set<SheetElement> parts = SheetElement.defaults();
        if (options.get("--parts") != null) {
            parts = java.util.EnumSet.noneOf(SheetElement.class);
            for (String word : options.get("--parts").split(",")) {
                SheetElement part = PART_NAMES.get(word.strip().toLowerCase(Locale.ROOT));
                if (part == null) {
                    throw new CommandOptions.BadOptions("parts",
                            String.join(",", new java.util.TreeSet<>(PART_NAMES.keySet())), word);
                }
                parts.add(part);
            }
        }
        Locale locale = "en".equals(options.get("--lang")) ? Locale.ENGLISH : Locale.CHINESE;
        return new PrintArguments(project, paper, orientation, options.get("--title"), options.get("--subtitle"),
                options.get("--extent") == null ? "district" : options.get("--extent"), scale, atlas, split, format,
                preset, Path.of(options.get("--out")), options.get("--unit"), locale, parts);
    }

    private static <E extends Enum<E>> E choice(Class<E> type, String option, String value, E fallback)
            throws CommandOptions.BadOptions {
        if (value == null) {
            return fallback;
        }
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equalsIgnoreCase(value)) {
                return constant;
            }
        }
        List<String> names = new ArrayList<>();
        for (E constant : type.getEnumConstants()) {
            names.add(constant.name().toLowerCase(Locale.ROOT));
        }
        throw new CommandOptions.BadOptions("oneOf", option, String.join(", ", names), value);
    }

    /** The format a file name asks for when no --format or --preset says: PNG for "….png", else PDF. */
    private static ExportFormat formatOfName(String out) {
        return out != null && out.toLowerCase(Locale.ROOT).endsWith(".png") ? ExportFormat.PNG : ExportFormat.PDF;
    }
}
