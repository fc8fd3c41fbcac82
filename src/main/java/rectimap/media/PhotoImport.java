package rectimap.media;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.locationtech.jts.geom.Point;
import rectimap.model.Feature;
import rectimap.model.FeatureRef;
import rectimap.model.MapLayer;
import rectimap.model.Project;

/**
 * Takes photo files into a project as one batch: a first pass fingerprints every file and reads its EXIF (cheap),
 * skips duplicates and decides where each photo goes; the second pass decodes and resizes the pictures on
 * {@link PhotoImportOptions#threads()} threads and hands them to {@link PhotoArchive#add} in order, which writes
 * the batch in one transaction. A bad picture fails the whole batch, naming the file, and the project stays as it
 * was; with {@link PhotoImportOptions.BadPictures#NAME_ALL} the batch fails only once every picture was looked at,
 * naming all the bad ones (nothing is stored after the first); with
 * {@link PhotoImportOptions.BadPictures#LEAVE_OUT} a bad picture is left out and named in the outcome. Cancelling
 * (asked between files and between pictures) fails the batch as {@link PhotoProblem#CANCELLED}. The command line
 * and the window's folder import share this one core. Call off the FX thread.
 */
public final class PhotoImport {
    private final Project project;
    private final PhotoArchive archive;
    private final PhotoImportOptions options;
    private final PhotoProgress progress;

    public PhotoImport(Project project, PhotoArchive archive, PhotoImportOptions options, PhotoProgress progress) {
        this.project = project;
        this.archive = archive;
        this.options = options;
        this.progress = progress;
    }

    /**
     * Imports the photos under {@code folder}: each with a GPS position becomes a point linked to the feature it lies
     * in or the nearest within {@link PhotoImportOptions#withinM()}; photos without a position are named in the
     * outcome and not stored (the user places them, e.g. by dropping them on a feature).
     */
    public PhotoImportOutcome fromFolder(Path folder) throws PhotoException {
        List<Path> files = PhotoFiles.under(folder);
        Batch batch = new Batch();
        PhotoPlacement placement = PhotoPlacement.over(project);
        for (int i = 0; i < files.size(); i++) {
            Path file = files.get(i);
            progress.looked(i, files.size());
            if (progress.cancelled()) {
                throw new PhotoException(PhotoProblem.CANCELLED, file, "");
            }
            if (!PhotoFiles.looksLikePhoto(file)) {
                batch.notPhotos.add(file);
                continue;
            }
            batch.consider(file, (facts) -> {
                if (!facts.hasPosition()) {
                    batch.withoutPosition.add(file);
                    return null;
                }
                FeatureRef link = placement.featureAt(facts.lon(), facts.lat(), options.withinM()).orElse(null);
                return new PlannedPhoto(file, null, facts, link, feature(link), facts.lon(), facts.lat());
            });
        }
        progress.looked(files.size(), files.size());
        return batch.store();
    }

    /**
     * Attaches {@code files} to {@code feature} (dropped on it): each photo is linked to it and its point goes where
     * the photo was taken, else at the feature (an inner point of an area). Files that are no photos by name fail the
     * batch, since the user chose them one by one.
     */
    public PhotoImportOutcome attach(List<Path> files, FeatureRef feature) throws PhotoException {
        Feature target = feature(feature);
        if (target == null) {
            throw new IllegalArgumentException("no feature " + feature);
        }
        Point inside = target.geometry().getInteriorPoint();
        Batch batch = new Batch();
        for (Path file : files) {
            if (!PhotoFiles.looksLikePhoto(file)) {
                throw new PhotoException(PhotoProblem.NOT_AN_IMAGE, file, "");
            }
            batch.consider(file, facts -> new PlannedPhoto(file, null, facts, feature, target,
                    facts.hasPosition() ? facts.lon() : inside.getX(), facts.hasPosition() ? facts.lat() : inside.getY()));
        }
        return batch.store();
    }

    private Feature feature(FeatureRef ref) {
        if (ref == null) {
            return null;
        }
        return project.layer(ref.tableName()).map(MapLayer::layer).flatMap(layer -> layer.features().stream()
                .filter(f -> f.id() == ref.featureId()).findFirst()).orElse(null);
    }

    private interface Plan {
        PlannedPhoto of(PhotoFacts facts) throws PhotoException;
    }

    /** The first pass's lists and the photos to store. */
    private final class Batch {
        final List<PlannedPhoto> planned = new ArrayList<>();
        final List<Path> withoutPosition = new ArrayList<>();
        final List<Path> duplicates = new ArrayList<>();
        final List<Path> notPhotos = new ArrayList<>();
        final List<Path> exifBroken = new ArrayList<>();
        final List<PhotoException> leftOut = new ArrayList<>();
        final Set<String> seen = new HashSet<>();

        /**
         * The workers' next photo while no picture of the batch is bad; after a bad one, the rest are only made (to
         * find every bad one) and the batch fails naming them all, so nothing is kept.
         */
        private NewPhoto untilBad(PictureWorkers workers) throws PhotoException {
            NewPhoto next = workers.next();
            if (leftOut.isEmpty() && workers.leftOut().isEmpty()) {
                return next;
            }
            while (next != null) {
                next = workers.next();
            }
            throw bad(workers.leftOut());
        }

        /** The batch's bad pictures: the first pass's and {@code made}, in folder order. */
        private BadPicturesException bad(List<PhotoException> made) {
            List<PhotoException> all = new ArrayList<>(leftOut);
            all.addAll(made);
            all.sort(java.util.Comparator.comparing(PhotoException::file));
            return new BadPicturesException(all);
        }

        void consider(Path file, Plan plan) throws PhotoException {
            try {
                take(file, plan);
            } catch (PhotoException bad) {
                if (options.badPictures() == PhotoImportOptions.BadPictures.FAIL_BATCH
                        || bad.problem() == PhotoProblem.CANCELLED) {
                    throw bad;
                }
                leftOut.add(bad);
            }
        }

        private void take(Path file, Plan plan) throws PhotoException {
            if (!Files.isReadable(file)) {
                throw new PhotoException(PhotoProblem.UNREADABLE, file, "");
            }
            String sha = PhotoFiles.sha256(file);
            if (!seen.add(sha) || archive.holds(sha)) {
                duplicates.add(file);
                return;
            }
            PictureScaling.requirePicture(file);
            PhotoFacts facts = ExifFacts.read(file);
            if (facts.exifBroken()) {
                exifBroken.add(file);
            }
            PlannedPhoto photo = plan.of(facts);
            if (photo != null) {
                planned.add(photo.withSha(sha));
            }
        }

        PhotoImportOutcome store() throws PhotoException {
            List<PlannedPhoto> stored = planned;
            if (!planned.isEmpty()) {
                try (PictureWorkers workers = new PictureWorkers(planned, options, progress)) {
                    if (options.badPictures() == PhotoImportOptions.BadPictures.NAME_ALL) {
                        archive.add(() -> untilBad(workers));
                    } else {
                        archive.add(workers::next);
                    }
                    leftOut.addAll(workers.leftOut());
                    stored = workers.handedOut();
                }
            } else if (options.badPictures() == PhotoImportOptions.BadPictures.NAME_ALL && !leftOut.isEmpty()) {
                throw bad(List.of());
            }
            int linked = (int) stored.stream().filter(p -> p.link() != null).count();
            return new PhotoImportOutcome(linked, stored.size() - linked, withoutPosition, duplicates, notPhotos,
                    exifBroken, leftOut);
        }
    }
}
