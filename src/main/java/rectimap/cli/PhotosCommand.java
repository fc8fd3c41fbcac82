package rectimap.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import rectimap.campaign.ProjectAssembler;
import rectimap.media.PhotoException;
import rectimap.media.PhotoImport;
import rectimap.media.PhotoImportOptions;
import rectimap.media.PhotoImportOutcome;
import rectimap.media.PhotoProgress;
import rectimap.media.PhotoTag;
import rectimap.model.Project;
import rectimap.model.StoreException;
import rectimap.store.GeoPackagePhotoArchive;
import rectimap.store.ProjectFile;
import rectimap.store.ProjectFiles;
import rectimap.store.pg.PgAddress;
import rectimap.store.pg.PgFeatureStore;
import rectimap.store.pg.PgPhotoArchive;

/**
 * {@code photos --project P --import DIR [--within METRES] [--tag before|after] [--who NAME] [--originals keep|drop]
 * [--lang zh|en]}: imports a folder of phone photos ({@link PhotoImport}). Each geotagged photo becomes a point of
 * the 照片 layer linked to the planning feature it lies in, or the nearest within {@code --within} metres (default
 * 50); photos without GPS are named and left for the window; duplicates are skipped. One transaction: on bad
 * pictures the project is unchanged and every bad file is named (the first ten, then how many), with what to do. {@code P} may be a shared project's
 * {@code postgresql://} address: the same tables there, under the login's row-level security. Exit 0 imported (or nothing new), 2 bad arguments or input,
 * 1 write failure.
 */
public final class PhotosCommand implements CliCommand {
    private static final Set<String> OPTIONS = Set.of("--project", "--import", "--within", "--tag", "--who",
            "--originals");

    @Override
    public String name() {
        return "photos";
    }

    @Override
    public String usage() {
        return "photos --project P --import DIR [--within METRES] [--tag before|after] [--who NAME]"
                + " [--originals keep|drop] [--lang zh|en]   import geotagged photos, linked to the features";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        Locale locale = UserText.localeOf(args);
        var read = CommandArguments.read(this, args, OPTIONS, Set.of("--project", "--import"),
                options -> options(options, locale), err);
        if (read.isEmpty()) {
            return 2;
        }
        CommandOptions options = read.get().options();
        PhotoImportOptions importOptions = read.get().value();
        Path folder = Path.of(options.get("--import"));
        String where = options.get("--project");
        try {
            PhotoImportOutcome outcome = PgAddress.isAddress(where) ? intoShared(where, importOptions, folder)
                    : intoFile(Path.of(where), importOptions, folder);
            report(outcome, folder, importOptions, locale, out);
            return 0;
        } catch (rectimap.media.BadPicturesException e) {
            err.println("photos: " + PhotoText.ofAll(locale, e));
            return 2;
        } catch (PhotoException e) {
            err.println("photos: " + PhotoText.of(locale, e) + (e.problem() == rectimap.media.PhotoProblem.CANCELLED
                    ? "" : " " + UserText.format(locale, "photo.unchanged")));
            return 2;
        } catch (PgAddress.BadAddress e) {
            err.println(ProjectFailure.line("photos", e, args));
            return 2;
        } catch (StoreException e) {
            err.println(ProjectFailure.line("photos", e, args));
            return switch (e.problem()) {
                case WRITE_FAILED, DATABASE_WRITE_FAILED, DISK_FULL, NO_WRITE_PERMISSION -> 1;
                default -> 2;
            };
        }
    }

    /** A project file, locked and written in one transaction: a failed batch leaves it byte for byte as it was. */
    private static PhotoImportOutcome intoFile(Path path, PhotoImportOptions options, Path folder)
            throws PhotoException {
        try (ProjectFile file = ProjectFiles.openForOneTransaction(path)) {
            Project project = ProjectAssembler.assemble(file.file(), file.store());
            return new PhotoImport(project, GeoPackagePhotoArchive.of(file.store()), options, PhotoProgress.NONE)
                    .fromFolder(folder);
        }
    }

    /** A shared project (password from .pgpass): one PostgreSQL transaction under the login's rights. */
    private static PhotoImportOutcome intoShared(String address, PhotoImportOptions options, Path folder)
            throws PhotoException {
        try (PgFeatureStore store = PgFeatureStore.open(PgAddress.parse(address), null)) {
            Project project = ProjectAssembler.assemble(store.address().label(), store);
            return new PhotoImport(project, PgPhotoArchive.of(store), options, PhotoProgress.NONE).fromFolder(folder);
        }
    }

    private static void report(PhotoImportOutcome outcome, Path folder, PhotoImportOptions options, Locale locale,
                               PrintStream out) {
        outcome.notPhotos().forEach(f -> out.println(UserText.format(locale, "photo.notPhoto", f)));
        outcome.duplicates().forEach(f -> out.println(UserText.format(locale, "photo.duplicate", f)));
        outcome.exifBroken().forEach(f -> out.println(UserText.format(locale, "photo.exifBroken", f)));
        outcome.withoutPosition().forEach(f -> out.println(UserText.format(locale, "photo.withoutPosition", f)));
        if (outcome.stored() == 0) {
            out.println(UserText.format(locale, "photo.nothing", folder));
        } else {
            out.println(UserText.format(locale, "photo.imported", outcome.stored(), outcome.linked(),
                    outcome.pointOnly(), PhotoText.metres(options.withinM())));
        }
    }

    private static PhotoImportOptions options(CommandOptions options, Locale locale) {
        double within = PhotoImportOptions.DEFAULT_WITHIN_M;
        if (options.get("--within") != null) {
            try {
                within = Double.parseDouble(options.get("--within"));
            } catch (NumberFormatException e) {
                within = -1;
            }
            if (!(within >= 0 && within <= 10_000)) {
                throw new IllegalArgumentException(UserText.format(locale, "photo.badWithin", options.get("--within")));
            }
        }
        PhotoTag tag = PhotoTag.UNTAGGED;
        if (options.get("--tag") != null) {
            tag = PhotoTag.named(options.get("--tag")).orElseThrow(() -> new IllegalArgumentException(
                    UserText.format(locale, "photo.badTag", options.get("--tag"))));
        }
        PhotoImportOptions.Originals originals = PhotoImportOptions.Originals.DROP;
        if (options.get("--originals") != null) {
            originals = switch (options.get("--originals").toLowerCase(Locale.ROOT)) {
                case "keep" -> PhotoImportOptions.Originals.KEEP;
                case "drop" -> PhotoImportOptions.Originals.DROP;
                default -> throw new IllegalArgumentException(UserText.format(locale, "photo.badOriginals",
                        options.get("--originals")));
            };
        }
        return new PhotoImportOptions(within, tag, options.get("--who"), originals,
                Runtime.getRuntime().availableProcessors(), PhotoImportOptions.BadPictures.NAME_ALL);
    }
}
