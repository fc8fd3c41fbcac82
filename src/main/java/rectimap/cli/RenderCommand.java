package rectimap.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import rectimap.campaign.ProjectAssembler;
import rectimap.geo.CrsTransform;
import rectimap.geo.Epsg;
import rectimap.install.StartTrace;
import rectimap.model.Project;
import rectimap.model.StoreException;
import rectimap.model.style.Rgba;
import rectimap.render.ImageSurface;
import rectimap.render.MapFonts;
import rectimap.raster.RasterFrame;
import rectimap.render.MapRenderer;
import rectimap.render.PngEncoder;
import rectimap.render.RasterFramePainter;
import rectimap.render.RenderLayer;
import rectimap.render.SchematicBadge;
import rectimap.render.Viewport;
import rectimap.store.pg.PgAddress;

/**
 * {@code render [--project FILE.gpkg] --out map.png [--width 1600] [--height 1200] [--bbox minLon,minLat,maxLon,maxLat
 * | --center lon,lat --scale N] [--dpi 96] [--basemap SOURCE]…}: draws a project (default the Yanhu sample) to a PNG
 * through the same renderer as the app, over the imagery of each {@code --basemap} (see {@link BasemapOption}), with
 * the 示意 badge when schematic layers show. Prints the file written and the scale 1:N.
 */
public final class RenderCommand implements CliCommand {

    /** The sample the app opens by default ({@link rectimap.install.ShippedSample}). */
    public static final Path DEFAULT_PROJECT = rectimap.install.ShippedSample.path();
    private static final Rgba PAPER = Rgba.hex("#fbfaf7");
    private static final int FIT_MARGIN_PX = 20;

    @Override
    public String name() {
        return "render";
    }

    @Override
    public String usage() {
        return "render [--project FILE.gpkg] --out map.png [--width 1600] [--height 1200]"
                + " [--bbox minLon,minLat,maxLon,maxLat | --center lon,lat --scale N] [--dpi 96]"
                + " [--basemap FILE.tif]";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        RenderArguments options;
        try {
            options = RenderArguments.parse(BasemapOption.without(args), DEFAULT_PROJECT);
        } catch (CommandOptions.BadOptions e) {
            CommandArguments.refuse(this, e, args, err);
            return 2;
        }
        StartTrace.mark("arguments parsed");
        AheadOfUse.start(AheadOfUse.PROJECTION, AheadOfUse.IMAGE);
        Project project;
        try (ReadProject read = ProjectReading.open(options.project(), args, err)) {
            project = ProjectAssembler.assemble(read.label(), read.store());
        } catch (StoreException e) {
            err.println(ProjectFailure.line("render", e, args));
            return 2;
        } catch (PgAddress.BadAddress e) {
            err.println(ProjectFailure.line("render", e, args));
            return 2;
        }
        List<RenderLayer> layers;
        try {
            layers = RenderLayer.forDisplay(project.layers());
        } catch (IllegalArgumentException e) {
            // proj4j does not know a layer's coordinate system: name it rather than fail with a trace.
            err.println(UserText.format(UserText.localeOf(args), "cli.cannotDraw", name(), options.project(),
                    e.getMessage()));
            return 2;
        }
        StartTrace.mark("project read");
        Viewport viewport = viewportFor(options, layers);
        MapRenderer renderer = new MapRenderer(options.dpi());
        ImageSurface surface = new ImageSurface(options.widthPx(), options.heightPx(), options.dpi(), PAPER,
                MapFonts.Choice.SYSTEM_FIRST);
        boolean schematic = project.showsSchematic();
        try (BasemapOption basemaps = BasemapOption.open(args, "render", err)) {
            List<RasterFrame> imagery = RasterFramePainter.prepare(basemaps.layers(), viewport, 1,
                    basemaps.problems());
            renderer.render(imagery, layers, viewport, surface, Set.of(),
                    schematic ? List.of(SchematicBadge.bounds(surface)) : List.of());
        }
        if (schematic) {
            SchematicBadge.draw(surface);
        }
        surface.dispose();
        StartTrace.mark("drawn");
        try (OutputStream png = Files.newOutputStream(options.out())) {
            PngEncoder.write(surface.image(), png);
        } catch (IOException e) {
            err.println(UserText.format(UserText.localeOf(args), "cli.cannotWrite", name(), options.out(),
                    e.getMessage()));
            return 1;
        }
        StartTrace.mark("written");
        out.println(UserText.format(UserText.localeOf(args), "cli.wrote", options.out()));
        out.println(UserText.format(UserText.localeOf(args), "cli.render.scale",
                String.format("%,.0f", renderer.scaleDenominator(viewport))));
        return 0;
    }

    private static Viewport viewportFor(RenderArguments options, List<RenderLayer> layers) {
        CrsTransform toDisplay = CrsTransform.between(Epsg.CGCS2000, Epsg.CGCS2000_GK_CM_111E);
        if (options.center() != null) {
            Coordinate centre = toDisplay.apply(options.center()[0], options.center()[1]);
            return new Viewport(centre.x, centre.y, 1, options.widthPx(), options.heightPx())
                    .atScale(options.scale(), options.dpi());
        }
        if (options.bbox() != null) {
            double[] b = options.bbox();
            Envelope display = new Envelope();
            for (double[] corner : new double[][] {{b[0], b[1]}, {b[2], b[1]}, {b[2], b[3]}, {b[0], b[3]}}) {
                display.expandToInclude(toDisplay.apply(corner[0], corner[1]));
            }
            return Viewport.fitting(display, options.widthPx(), options.heightPx(), 0);
        }
        Envelope all = new Envelope();
        layers.forEach(l -> all.expandToInclude(l.extent()));
        if (all.isNull()) {
            // An empty project: show the sample district's area rather than a zero-sized one.
            all.expandToInclude(toDisplay.apply(110.73, 34.82));
            all.expandToInclude(toDisplay.apply(111.18, 35.37));
        }
        return Viewport.fitting(all, options.widthPx(), options.heightPx(), FIT_MARGIN_PX);
    }
}
