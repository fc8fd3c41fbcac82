package rectimap.cli;

import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import org.locationtech.jts.geom.Coordinate;
import rectimap.campaign.FieldLabels;
import rectimap.campaign.identify.IdentifiedFeature;
import rectimap.campaign.identify.IdentifiedLayer;
import rectimap.campaign.identify.IdentifyRow;
import rectimap.geo.CrsTransform;
import rectimap.geo.Epsg;
import rectimap.media.Photo;
import rectimap.media.PhotoArchive;
import rectimap.media.PhotoTag;
import rectimap.model.Project;
import rectimap.store.AccessMode;
import rectimap.store.GeoPackageStore;
import rectimap.model.StoreException;
import rectimap.render.FeaturesUnder;
import rectimap.render.RenderLayer;

/**
 * {@code identify [--project P] --at LON,LAT [--tolerance M] [--lang zh|en]}: every feature under a point in all
 * visible layers, grouped under the layer titles, top-most first, with the labels and figures of the identify panel
 * and each feature's photos (time taken, file name, 整改前/整改后)
 * (the rows come from {@code campaign.identify}, as the panel's do). Points and lines count within {@code --tolerance}
 * metres on the ground (default {@value #DEFAULT_TOLERANCE_M}), areas when they contain the point. Without
 * {@code --project} the sample project with its planning features, as {@code print}. Exit 0 (also when nothing is
 * there, which is said), 2 bad arguments or a project that cannot be read.
 */
public final class IdentifyCommand implements CliCommand {
    static final double DEFAULT_TOLERANCE_M = 10;
    private static final double MAX_TOLERANCE_M = 1000;

    @Override
    public String name() {
        return "identify";
    }

    @Override
    public String usage() {
        return "identify --at LON,LAT [--project FILE.gpkg] [--tolerance METRES] [--lang zh|en]"
                + "   every feature under a point, by layer";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        CommandOptions options;
        try {
            options = CommandOptions.parse(args, Set.of("--project", "--at", "--tolerance", "--lang"), Set.of("--at"));
        } catch (CommandOptions.BadOptions e) {
            CommandArguments.refuse(this, e, args, err);
            return 2;
        }
        String lang = options.get("--lang") == null ? "zh" : options.get("--lang");
        ResourceBundle text = bundle(lang.equals("en") ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE);
        if (!lang.equals("zh") && !lang.equals("en")) {
            err.println("identify: " + say(text, "identify.badLang", lang));
            return 2;
        }
        IdentifyPoint point;
        try {
            point = IdentifyPoint.parse(options.get("--at"), options.get("--tolerance"), DEFAULT_TOLERANCE_M,
                    MAX_TOLERANCE_M);
        } catch (IdentifyPoint.BadPoint bad) {
            err.println("identify: " + say(text, bad.key(), bad.arguments()));
            return 2;
        }
        String file = options.get("--project") == null ? RenderCommand.DEFAULT_PROJECT.toString()
                : options.get("--project");
        Project project;
        try {
            project = PrintProject.read(file, RenderCommand.DEFAULT_PROJECT, args, err);
        } catch (StoreException e) {
            err.println(ProjectFailure.line("identify", e, args));
            return 2;
        } catch (rectimap.store.pg.PgAddress.BadAddress e) {
            err.println(ProjectFailure.line("identify", e, args));
            return 2;
        }
        FieldLabels labels = FieldLabels.of(text.getLocale());
        List<IdentifiedLayer> found = identify(project, point, labels);
        String tolerance = BigDecimal.valueOf(point.toleranceM()).stripTrailingZeros().toPlainString();
        if (found.isEmpty()) {
            out.println(say(text, "identify.nothing", point.lonText(), point.latText(), tolerance));
            return 0;
        }
        out.println(say(text, "identify.header", point.lonText(), point.latText(), tolerance));
        // Photos live in the project's Related Tables (a shared project's copies of them); read after the features.
        try (ReadProject reading = rectimap.store.pg.PgAddress.isAddress(file) ? ProjectReading.open(file, args, err)
                : new ReadProject(GeoPackageStore.open(Path.of(file), AccessMode.READ_ONLY), Path.of(file))) {
            PhotoArchive photos = reading.photos();
            for (IdentifiedLayer layer : found) {
                out.println(layer.title());
                for (IdentifiedFeature feature : layer.features()) {
                    out.println("  " + feature.caption().value());
                    for (IdentifyRow row : feature.rows()) {
                        out.println("    " + say(text, "identify.row", row.label(), row.value()));
                    }
                    for (Photo photo : photos.photosOf(feature.ref())) {
                        out.println(photoLine(text, photo));
                    }
                }
            }
        } catch (StoreException e) {
            err.println(ProjectFailure.line("identify", e, args));
            return 2;
        }
        out.println(labels.text("figure.note"));
        return 0;
    }

    /** "    照片：2026-05-03 10:20 · IMG_0412.jpg · 整改后". */
    private static String photoLine(ResourceBundle text, Photo photo) {
        boolean english = text.getLocale().getLanguage().equals("en");
        String time = photo.takenAt() == null ? text.getString("identify.photoTimeUnknown")
                : photo.takenAt().format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm"));
        String tag = photo.tag() == PhotoTag.UNTAGGED ? ""
                : " · " + (english ? photo.tag().labelEn() : photo.tag().label());
        return say(text, "identify.photo", time, photo.fileName(), tag);
    }

    private static List<IdentifiedLayer> identify(Project project, IdentifyPoint point, FieldLabels labels) {
        Coordinate display = CrsTransform.between(Epsg.CGCS2000, Epsg.CGCS2000_GK_CM_111E)
                .apply(point.lon(), point.lat());
        List<RenderLayer> layers = project.layers().stream().map(RenderLayer::forDisplay).toList();
        return FeaturesUnder.at(layers, display.x, display.y, point.toleranceM()).stream()
                .map(hits -> IdentifiedLayer.of(hits.layer().info(), hits.features(), labels)).toList();
    }

    private static String say(ResourceBundle text, String key, Object... arguments) {
        return new MessageFormat(text.getString(key), text.getLocale()).format(arguments);
    }

    private static ResourceBundle bundle(Locale locale) {
        return ResourceBundle.getBundle("rectimap.cli.identify", locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }
}
