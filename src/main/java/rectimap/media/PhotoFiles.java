package rectimap.media;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

/** Finding photo files in a folder and fingerprinting them. */
public final class PhotoFiles {
    /** File name endings taken as photos; other files in the folder are left alone (and counted). */
    public static final Set<String> EXTENSIONS = Set.of("jpg", "jpeg", "jpe", "png");

    private PhotoFiles() {
    }

    /** Whether {@code file}'s name ends like a photo's (case-insensitive). */
    public static boolean looksLikePhoto(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        int dot = name.lastIndexOf('.');
        return dot > 0 && EXTENSIONS.contains(name.substring(dot + 1)) && !name.startsWith(".");
    }

    /** Every regular file under {@code folder} (sub-folders included, hidden files not), sorted by path. */
    public static List<Path> under(Path folder) throws PhotoException {
        if (!Files.isDirectory(folder)) {
            throw new PhotoException(PhotoProblem.NOT_A_FOLDER, folder, "");
        }
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile)
                    .filter(f -> !f.getFileName().toString().startsWith(".")).sorted().toList();
        } catch (IOException | java.io.UncheckedIOException e) {
            throw new PhotoException(PhotoProblem.UNREADABLE, folder, e.getMessage() == null ? "" : e.getMessage());
        }
    }

    /** The SHA-256 of the file's bytes, lower-case hex. */
    public static String sha256(Path file) throws PhotoException {
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[64 * 1024];
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                digest.update(buffer, 0, n);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (IOException e) {
            throw new PhotoException(PhotoProblem.UNREADABLE, file, e.getMessage() == null ? "" : e.getMessage());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
