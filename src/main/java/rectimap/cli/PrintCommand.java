package rectimap.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.geom.Envelope;
import rectimap.exchange.AtomicFileWrite;
import rectimap.geo.CrsTransform;
import rectimap.geo.Epsg;
import rectimap.install.StartTrace;
import rectimap.model.StoreException;
import rectimap.print.AtlasPlan;
import rectimap.print.AtlasWriter;
import rectimap.print.ExportFormat;
import rectimap.print.PreparedSheet;
import rectimap.print.SheetContent;
import rectimap.print.SheetException;
import rectimap.print.SheetExtent;
import rectimap.print.SheetPdfWriter;
import rectimap.print.SheetPlace;
import rectimap.print.SheetPngWriter;
import rectimap.print.SheetProblem;
import rectimap.print.SheetSpec;

/**
 * {@code print}: map sheets of a project (default the Yanhu sample with its planning features) as vector PDF or PNG,
 * one sheet of an extent or an atlas (per township, per village of a township, per demonstration site), in one file
 * or one per township. Prints each file written with its page count. Exit 0 written, 2 bad arguments or input (an
 * unknown township, …), 1 the output cannot be written (then no file is left behind).
 */
public final class PrintCommand implements CliCommand {

    @Override
    public String name() {
        return "print";
    }

    @Override
    public String usage() {
        return "print --out FILE.pdf|DIR [--project FILE.gpkg] [--paper a4|a3|a2|a1] [--orientation landscape|portrait]"
                + " [--title T] [--subtitle S] [--unit 编制单位] [--extent district|township:NAME|village:CODE|"
                + "site:CODE|bbox:minLon,minLat,maxLon,maxLat] [--scale N] [--atlas township|villages:TOWNSHIP|sites"
                + " [--split]] [--format pdf|png] [--preset screen|meeting|print] [--basemap FILE.tif] [--lang en]";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        PrintArguments options;
        try {
            options = PrintArguments.parse(BasemapOption.without(args), RenderCommand.DEFAULT_PROJECT);
        } catch (CommandOptions.BadOptions e) {
            CommandArguments.refuse(this, e, args, err);
            return 2;
        }
        StartTrace.mark("arguments parsed");
        if (options.format() == ExportFormat.PDF) {
            SheetPdfWriter.prepareFonts();
        }
        AheadOfUse.start(AheadOfUse.PROJECTION);
        SheetContent content;
        try {
            content = PrintProject.load(options.project(), RenderCommand.DEFAULT_PROJECT, args, err);
        } catch (StoreException e) {
            err.println(ProjectFailure.line("print", e, args));
            return 2;
        } catch (rectimap.store.pg.PgAddress.BadAddress e) {
            err.println(ProjectFailure.line("print", e, args));
            return 2;
        }
        StartTrace.mark("project read");
        try (BasemapOption basemaps = BasemapOption.open(args, "print", err)) {
            return print(options, content.withRasters(basemaps.layers(), basemaps.problems()), out, err);
        }
    }

    private static int print(PrintArguments options, SheetContent content, PrintStream out, PrintStream err) {
        SheetSpec template = new SheetSpec(options.paper(), options.orientation(), options.title(),
                options.subtitle(), new SheetExtent.DistrictExtent(), options.scale(), options.parts(),
                options.unit(), LocalDate.now(), options.locale());
        List<Path> written = new ArrayList<>();
        int pages = 0;
        try {
            List<Output> outputs = options.atlas() == null ? List.of(single(options, template, content))
                    : atlas(options, template, content);
            StartTrace.mark("sheets prepared");
            for (Output output : outputs) {
                pages += output.sheets().size();
                written.addAll(write(output, options));
            }
        } catch (SheetException e) {
            err.println("print: " + e.userMessage(options.locale()));
            return e.problem() == SheetProblem.CANNOT_WRITE ? 1 : 2;
        }
        StartTrace.mark("written");
        for (Path path : written) {
            out.println(UserText.format(options.locale(), "cli.wrote", path));
        }
        out.println(UserText.format(options.locale(), "cli.print.pages", String.valueOf(pages)));
        return 0;
    }

    /** One file to write: its path and prepared sheets. */
    private record Output(Path target, List<PreparedSheet> sheets) {
    }

    private static Output single(PrintArguments options, SheetSpec template, SheetContent content)
            throws SheetException {
        SheetSpec spec = template.withExtent(extent(options.extent(), content));
        return new Output(options.out(), List.of(PreparedSheet.prepare(spec, content)));
    }

    private static List<Output> atlas(PrintArguments options, SheetSpec template, SheetContent content)
            throws SheetException {
        String atlas = options.atlas();
        AtlasPlan.Split split = options.split() ? AtlasPlan.Split.PER_TOWNSHIP : AtlasPlan.Split.ONE_FILE;
        AtlasPlan plan;
        if (atlas.equals("township") || atlas.equals("townships")) {
            plan = new AtlasPlan(AtlasPlan.Kind.TOWNSHIPS, "", template, split);
        } else if (atlas.startsWith("villages:")) {
            plan = new AtlasPlan(AtlasPlan.Kind.VILLAGES_OF_TOWNSHIP, atlas.substring("villages:".length()),
                    template, split);
        } else if (atlas.equals("sites")) {
            plan = new AtlasPlan(AtlasPlan.Kind.SITES, "", template, split);
        } else {
            throw new SheetException(SheetProblem.UNKNOWN_PLACE, atlas);
        }
        List<Output> outputs = new ArrayList<>();
        for (AtlasPlan.Part part : plan.parts(content)) {
            Path target = options.split() ? options.out().resolve(fileName(part, options.format()))
                    : options.out();
            outputs.add(new Output(target, AtlasWriter.prepare(part.sheets(), content)));
        }
        return outputs;
    }

    /** "140802100000-解州镇.pdf", or only the code where the file system cannot name files in Chinese. */
    private static String fileName(AtlasPlan.Part part, ExportFormat format) {
        String encoding = System.getProperty("sun.jnu.encoding", "UTF-8");
        boolean chinese = Charset.isSupported(encoding) && Charset.forName(encoding).newEncoder()
                .canEncode(part.townshipName());
        return part.townshipCode() + (chinese ? "-" + part.townshipName() : "") + format.extension();
    }

    static SheetExtent extent(String text, SheetContent content) throws SheetException {
        if (text.equals("district")) {
            return new SheetExtent.DistrictExtent();
        }
        int colon = text.indexOf(':');
        String kind = colon < 0 ? "" : text.substring(0, colon);
        String value = colon < 0 ? text : text.substring(colon + 1).strip();
        switch (kind) {
            case "township" -> {
                return new SheetExtent.DivisionExtent(content.township(value).code());
            }
            case "village" -> {
                SheetPlace place = content.place(value);
                if (place.kind() != SheetPlace.Kind.VILLAGE) {
                    throw new SheetException(SheetProblem.UNKNOWN_PLACE, value);
                }
                return new SheetExtent.DivisionExtent(place.code());
            }
            case "site" -> {
                return new SheetExtent.SiteExtent(content.site(value).code());
            }
            case "bbox" -> {
                return bbox(value);
            }
            default -> {
                return new SheetExtent.DivisionExtent(content.place(value).code());
            }
        }
    }

    private static SheetExtent bbox(String value) throws SheetException {
        String[] parts = value.split(",");
        double[] b = new double[4];
        try {
            if (parts.length != 4) {
                throw new NumberFormatException();
            }
            for (int i = 0; i < 4; i++) {
                b[i] = Double.parseDouble(parts[i].strip());
            }
        } catch (NumberFormatException e) {
            throw new SheetException(SheetProblem.UNKNOWN_PLACE, "bbox:" + value);
        }
        if (b[0] >= b[2] || b[1] >= b[3] || Math.abs(b[0]) > 180 || Math.abs(b[2]) > 180 || Math.abs(b[1]) > 90
                || Math.abs(b[3]) > 90) {
            throw new SheetException(SheetProblem.UNKNOWN_PLACE, "bbox:" + value);
        }
        CrsTransform toDisplay = CrsTransform.between(Epsg.CGCS2000, Epsg.CGCS2000_GK_CM_111E);
        Envelope display = new Envelope();
        for (double[] corner : new double[][] {{b[0], b[1]}, {b[2], b[1]}, {b[2], b[3]}, {b[0], b[3]}}) {
            display.expandToInclude(toDisplay.apply(corner[0], corner[1]));
        }
        return new SheetExtent.ViewExtent(display);
    }

    private static List<Path> write(Output output, PrintArguments options) throws SheetException {
        List<Path> written = new ArrayList<>();
        try {
            Path parent = output.target().toAbsolutePath().getParent();
            if (parent != null && !Files.isDirectory(parent)) {
                Files.createDirectories(parent);
            }
            if (options.format() == ExportFormat.PDF) {
                AtomicFileWrite.write(output.target(), stream -> SheetPdfWriter.write(output.sheets(), stream));
                written.add(output.target());
            } else {
                for (int i = 0; i < output.sheets().size(); i++) {
                    PreparedSheet sheet = output.sheets().get(i);
                    Path target = output.sheets().size() == 1 ? output.target() : numbered(output.target(), i + 1);
                    AtomicFileWrite.write(target, stream -> SheetPngWriter.write(sheet, options.preset().dpi(),
                            stream));
                    written.add(target);
                }
            }
        } catch (IOException | RuntimeException e) {
            String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.toString();
            throw new SheetException(SheetProblem.CANNOT_WRITE, output.target().toString(), reason, e);
        }
        return written;
    }

    /** map.png → map-3.png. */
    private static Path numbered(Path target, int page) {
        String name = target.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String stem = dot < 0 ? name : name.substring(0, dot);
        String extension = dot < 0 ? "" : name.substring(dot);
        return target.resolveSibling(stem + "-" + page + extension);
    }
}
