package rectimap.media;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Makes the pictures of a batch on a few threads and hands them out in batch order. At most two pictures per
 * thread are made ahead, so memory stays bounded however long the batch is (a decoded 12-megapixel photo is about
 * 36 MB until it is resized). A picture that cannot be made fails the batch, or (any policy but
 * {@link PhotoImportOptions.BadPictures#FAIL_BATCH}) is passed over and kept in {@link #leftOut()}. Closing stops the
 * threads.
 */
final class PictureWorkers implements AutoCloseable {
    private final List<PlannedPhoto> planned;
    private final PhotoImportOptions options;
    private final PhotoProgress progress;
    private final ExecutorService pool;
    private final ArrayDeque<Future<NewPhoto>> ahead = new ArrayDeque<>();
    private final List<PhotoException> leftOut = new ArrayList<>();
    private final List<PlannedPhoto> handedOut = new ArrayList<>();
    private int submitted;
    private int handed;

    PictureWorkers(List<PlannedPhoto> planned, PhotoImportOptions options, PhotoProgress progress) {
        this.planned = planned;
        this.options = options;
        this.progress = progress;
        this.pool = Executors.newFixedThreadPool(options.threads(), task -> {
            Thread thread = new Thread(task, "rectimap-photos");
            thread.setDaemon(true);
            return thread;
        });
        fill();
    }

    /** The next photo in batch order (bad ones passed over when so asked), null after the last. */
    NewPhoto next() throws PhotoException {
        while (!ahead.isEmpty()) {
            PlannedPhoto photo = planned.get(handed);
            try {
                NewPhoto made = nextMade(photo);
                handedOut.add(photo);
                return made;
            } catch (PhotoException bad) {
                if (bad.problem() == PhotoProblem.CANCELLED
                        || options.badPictures() == PhotoImportOptions.BadPictures.FAIL_BATCH) {
                    throw bad;
                }
                leftOut.add(bad);
            }
        }
        return null;
    }

    /** The pictures that could not be made and were passed over, in batch order. */
    List<PhotoException> leftOut() {
        return List.copyOf(leftOut);
    }

    /** The planned photos handed out so far, in batch order. */
    List<PlannedPhoto> handedOut() {
        return List.copyOf(handedOut);
    }

    private NewPhoto nextMade(PlannedPhoto photo) throws PhotoException {
        if (progress.cancelled()) {
            throw new PhotoException(PhotoProblem.CANCELLED, photo.file(), "");
        }
        Future<NewPhoto> made = ahead.poll();
        fill();
        try {
            NewPhoto result = made.get();
            progress.made(++handed, planned.size());
            return result;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PhotoException(PhotoProblem.CANCELLED, photo.file(), "");
        } catch (ExecutionException e) {
            progress.made(++handed, planned.size());
            if (e.getCause() instanceof PhotoException bad) {
                throw bad;
            }
            if (e.getCause() instanceof OutOfMemoryError) {
                throw new PhotoException(PhotoProblem.TOO_LARGE, photo.file(), "");
            }
            throw new PhotoException(PhotoProblem.CORRUPT, photo.file(),
                    e.getCause() == null || e.getCause().getMessage() == null ? "" : e.getCause().getMessage());
        }
    }

    private void fill() {
        while (submitted < planned.size() && ahead.size() < options.threads() * 2) {
            PlannedPhoto photo = planned.get(submitted++);
            ahead.add(pool.submit(() -> make(photo)));
        }
    }

    private NewPhoto make(PlannedPhoto photo) throws PhotoException {
        ScaledPicture picture = PictureScaling.scale(photo.file(), photo.facts().orientation());
        byte[] original = null;
        if (options.originals() == PhotoImportOptions.Originals.KEEP) {
            try {
                original = Files.readAllBytes(photo.file());
            } catch (IOException e) {
                throw new PhotoException(PhotoProblem.UNREADABLE, photo.file(), "");
            }
        }
        PhotoFacts facts = photo.facts();
        PhotoTag tag = options.tag() != PhotoTag.UNTAGGED ? options.tag()
                : TagByTime.of(photo.linked(), facts.takenAt());
        Photo stored = new Photo(0, photo.file().getFileName().toString(), photo.sha256(), facts.takenAt(),
                facts.lon(), facts.lat(), facts.directionDeg(), tag, options.who(), picture.widthPx(),
                picture.heightPx());
        return new NewPhoto(stored, picture, original, photo.link(), photo.lon(), photo.lat());
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}
