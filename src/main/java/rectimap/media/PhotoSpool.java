package rectimap.media;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The made photos of a batch, kept in a temporary file until the batch is written: their pictures, thumbnails and
 * originals on disk, only their facts in memory, so a folder of a thousand photos can be made before the project's
 * file is touched, in bounded memory. {@link #feed} hands them back in order. Closing deletes the file. One thread
 * at a time.
 */
public final class PhotoSpool implements AutoCloseable {
    private final Path file;
    private final RandomAccessFile data;
    private final List<Spooled> photos = new ArrayList<>();

    /** A photo's facts and where its bytes are: picture, thumbnail, original (-1: none) lengths from {@code at}. */
    private record Spooled(NewPhoto facts, long at, int picture, int thumbnail, int original) {
    }

    private PhotoSpool(Path file) throws IOException {
        this.file = file;
        this.data = new RandomAccessFile(file.toFile(), "rw");
    }

    /** A new, empty spool in the temporary folder. */
    public static PhotoSpool create() {
        try {
            return new PhotoSpool(Files.createTempFile("rectimap-photos-", ".spool"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Keeps {@code photo} (appended after the ones kept before). */
    public void add(NewPhoto photo) {
        try {
            long at = data.length();
            data.seek(at);
            data.write(photo.picture().jpeg());
            data.write(photo.picture().thumbnail());
            if (photo.original() != null) {
                data.write(photo.original());
            }
            ScaledPicture sizes = new ScaledPicture(null, null, photo.picture().widthPx(), photo.picture().heightPx());
            photos.add(new Spooled(new NewPhoto(photo.facts(), sizes, null, photo.link(), photo.pointLon(),
                    photo.pointLat()), at, photo.picture().jpeg().length, photo.picture().thumbnail().length,
                    photo.original() == null ? -1 : photo.original().length));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** How many photos are kept. */
    public int size() {
        return photos.size();
    }

    /**
     * The kept photos in the order added, read back one at a time; asking {@code progress} before each, so a batch
     * cancelled while it is being written fails as {@link PhotoProblem#CANCELLED}.
     */
    public PhotoFeed feed(PhotoProgress progress) {
        int[] next = {0};
        return () -> {
            if (next[0] == photos.size()) {
                return null;
            }
            Spooled kept = photos.get(next[0]++);
            if (progress.cancelled()) {
                throw new PhotoException(PhotoProblem.CANCELLED, Path.of(kept.facts().facts().fileName()), "");
            }
            try {
                data.seek(kept.at());
                byte[] picture = read(kept.picture());
                byte[] thumbnail = read(kept.thumbnail());
                byte[] original = kept.original() < 0 ? null : read(kept.original());
                NewPhoto facts = kept.facts();
                return new NewPhoto(facts.facts(), new ScaledPicture(picture, thumbnail, facts.picture().widthPx(),
                        facts.picture().heightPx()), original, facts.link(), facts.pointLon(), facts.pointLat());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        };
    }

    private byte[] read(int length) throws IOException {
        byte[] bytes = new byte[length];
        data.readFully(bytes);
        return bytes;
    }

    @Override
    public void close() {
        try {
            data.close();
            Files.deleteIfExists(file);
        } catch (IOException e) {
            file.toFile().deleteOnExit();
        }
    }
}
