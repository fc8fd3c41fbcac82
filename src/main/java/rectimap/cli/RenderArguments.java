package rectimap.cli;

import java.nio.file.Path;
import java.util.List;

/**
 * The parsed options of {@code render}. {@code bbox} is minLon,minLat,maxLon,maxLat and {@code center} lon,lat in
 * CGCS2000 degrees; either may be null (then the whole project is shown). {@code scale} is the denominator N of 1:N
 * (0 when not given).
 */
record RenderArguments(String project, Path out, int widthPx, int heightPx, double[] bbox, double[] center,
                       double scale, double dpi) {

    /** Larger images than this exhaust memory (20,000² ARGB pixels are 1.6 GB) without being useful. */
    static final int MAX_SIDE_PX = 20_000;
    private static final java.util.Set<String> OPTIONS = java.util.Set.of("--project", "--out", "--width",
            "--height", "--bbox", "--center", "--scale", "--dpi", "--lang");

    static RenderArguments parse(List<String> args, Path defaultProject) throws CommandOptions.BadOptions {
        String project = defaultProject.toString();
        Path out = null;
        int width = 1600;
        int height = 1200;
        double[] bbox = null;
        double[] center = null;
        double scale = 0;
        double dpi = 96;
        for (int i = 0; i < args.size(); i++) {
            String option = args.get(i);
            if (!OPTIONS.contains(option)) {
                throw new CommandOptions.BadOptions(option.startsWith("--") ? "unknown" : "unexpected", option);
            }
            if (i + 1 >= args.size()) {
                throw new CommandOptions.BadOptions("needsValue", option);
            }
            String value = args.get(++i);
            switch (option) {
                case "--project" -> project = value;
                case "--out" -> out = Path.of(value);
                case "--width" -> width = (int) positive(option, value);
                case "--height" -> height = (int) positive(option, value);
                case "--bbox" -> bbox = numbers(option, value, 4);
                case "--center" -> center = numbers(option, value, 2);
                case "--scale" -> scale = positive(option, value);
                case "--dpi" -> dpi = positive(option, value);
                case "--lang" -> { }
                default -> throw new CommandOptions.BadOptions("unknown", option);
            }
        }
        if (out == null) {
            throw new CommandOptions.BadOptions("required", "--out FILE.png");
        }
        if (bbox != null && (center != null || scale > 0)) {
            throw new CommandOptions.BadOptions("bboxOrCenter");
        }
        if ((center == null) != (scale == 0)) {
            throw new CommandOptions.BadOptions("centerWithScale");
        }
        if (bbox != null && (bbox[0] >= bbox[2] || bbox[1] >= bbox[3])) {
            throw new CommandOptions.BadOptions("bboxOrder");
        }
        if (width > MAX_SIDE_PX || height > MAX_SIDE_PX) {
            throw new CommandOptions.BadOptions("maxSide", String.format("%,d", MAX_SIDE_PX),
                    width + " x " + height);
        }
        for (double[] lonLat : new double[][] {center, bbox == null ? null : new double[] {bbox[0], bbox[1]},
                bbox == null ? null : new double[] {bbox[2], bbox[3]}}) {
            if (lonLat != null && (Math.abs(lonLat[0]) > 180 || Math.abs(lonLat[1]) > 90)) {
                throw new CommandOptions.BadOptions("lonLatRange", lonLat[0] + "," + lonLat[1]);
            }
        }
        return new RenderArguments(project, out, width, height, bbox, center, scale, dpi);
    }

    private static double positive(String option, String value) throws CommandOptions.BadOptions {
        double number = numbers(option, value, 1)[0];
        if (!(number > 0)) {
            throw new CommandOptions.BadOptions("positive", option, value);
        }
        return number;
    }

    private static double[] numbers(String option, String value, int count) throws CommandOptions.BadOptions {
        String[] parts = value.split(",");
        if (parts.length != count) {
            throw new CommandOptions.BadOptions("numbers", option, String.valueOf(count), value);
        }
        double[] numbers = new double[count];
        try {
            for (int k = 0; k < count; k++) {
                numbers[k] = Double.parseDouble(parts[k].strip());
            }
        } catch (NumberFormatException e) {
            throw new CommandOptions.BadOptions("notNumber", option, value);
        }
        return numbers;
    }
}
