package rectimap.ui.print;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.Locale;
import rectimap.ui.Messages;

/**
 * The sentence the user reads when an export failed, naming the file: an unwritable folder (missing, read-only, no
 * permission), a full disk, or anything else with the system's reason. Every case adds that no partial file was
 * left, which {@code AtomicFileWrite} guarantees. Pure.
 */
final class ExportFailureText {
    private ExportFailureText() {
    }

    static String of(Throwable failure, Path target, Messages messages) {
        Throwable cause = failure;
        while (cause.getCause() != null && !(cause instanceof IOException)) {
            cause = cause.getCause();
        }
        String reason = String.valueOf(cause.getMessage());
        if (diskFull(cause)) {
            return messages.format("print.error.diskFull", target);
        }
        if (cause instanceof AccessDeniedException || cause instanceof NoSuchFileException
                || cause instanceof NotDirectoryException || cause instanceof FileSystemException fs
                && String.valueOf(fs.getReason()).toLowerCase(Locale.ROOT).contains("read-only")) {
            return messages.format("print.error.notWritable", target);
        }
        return messages.format("print.error.other", target, reason);
    }

    /** ENOSPC (Linux "No space left on device", Windows "There is not enough space on the disk"). */
    private static boolean diskFull(Throwable cause) {
        String text = String.valueOf(cause.getMessage()).toLowerCase(Locale.ROOT);
        return text.contains("no space left") || text.contains("not enough space") || text.contains("disk full");
    }
}
