package rectimap.store;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import rectimap.model.StoreException;
import rectimap.model.StoreProblem;

/**
 * "This project is open for editing": an OS file lock on the sidecar {@code <project>.lock} beside the project,
 * holding the editor's user, host, pid and start time. SQLite's own locks last one transaction, so they cannot
 * say that another Rectimap has the project open; an OS lock lasts as long as the process and is released by the OS
 * when the process dies, even by kill -9 — so a lock is never stale, while the sidecar FILE outliving its lock
 * tells the next session that the last one did not close cleanly. A clean {@link #release()} deletes the sidecar.
 * (On network shares OS locks are unreliable; the app warns there, see {@link FileLocation}.)
 *
 * <p>Not thread-safe; owned by one {@link ProjectFile}.
 */
final class ProjectLock {
    private final Path sidecar;
    private final FileChannel channel;
    private final FileLock lock;
    private final boolean leftBehind;

    private ProjectLock(Path sidecar, FileChannel channel, FileLock lock, boolean leftBehind) {
        this.sidecar = sidecar;
        this.channel = channel;
        this.lock = lock;
        this.leftBehind = leftBehind;
    }

    static Path sidecarOf(Path project) {
        Path absolute = project.toAbsolutePath();
        return absolute.resolveSibling(absolute.getFileName() + ".lock");
    }

    /**
     * Takes the lock for {@code project}.
     *
     * @throws ProjectInUseException when another process (or this one) holds it
     * @throws StoreException        WRITE_FAILED when the sidecar cannot be created (e.g. a read-only folder)
     */
    static ProjectLock acquire(Path project) {
        Path sidecar = sidecarOf(project);
        boolean leftBehind = Files.exists(sidecar);
        FileChannel channel = null;
        try {
            channel = FileChannel.open(sidecar, StandardOpenOption.CREATE, StandardOpenOption.READ,
                    StandardOpenOption.WRITE);
            FileLock lock = tryLock(channel);
            if (lock == null) {
                LockHolder holder = readHolder(sidecar);
                channel.close();
                throw new ProjectInUseException(project, holder);
            }
            SessionIdentity me = SessionIdentity.current();
            String text = "user=" + me.user() + "\nhost=" + me.host() + "\npid=" + me.pid() + "\nsince="
                    + Instant.now() + "\n";
            channel.truncate(0);
            channel.write(ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8)), 0);
            channel.force(true);
            return new ProjectLock(sidecar, channel, lock, leftBehind);
        } catch (IOException e) {
            closeQuietly(channel);
            throw new StoreException(StoreProblem.WRITE_FAILED, project, "cannot create the lock file " + sidecar
                    + " (is the folder writable?): " + e.getMessage(), e);
        }
    }

    /** Who holds the lock of {@code project} right now; empty when nobody does. */
    static Optional<LockHolder> holderOf(Path project) {
        Path sidecar = sidecarOf(project);
        if (!Files.exists(sidecar)) {
            return Optional.empty();
        }
        try (FileChannel channel = FileChannel.open(sidecar, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            FileLock probe = tryLock(channel);
            if (probe != null) {
                probe.release();
                return Optional.empty();
            }
            return Optional.of(readHolder(sidecar));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static LockHolder readHolder(Path sidecar) {
        try {
            return parse(Files.readString(sidecar, StandardCharsets.UTF_8));
        } catch (IOException e) {
            // Windows locks are mandatory: the holder's own file may be unreadable to others.
            return new LockHolder("unknown", "unknown", -1, null);
        }
    }

    private static FileLock tryLock(FileChannel channel) throws IOException {
        try {
            return channel.tryLock();
        } catch (OverlappingFileLockException e) {
            // This JVM already edits the project (a second window): as locked as by another process.
            return null;
        }
    }

    /** Whether the sidecar was there before this session locked it: the last session did not close cleanly. */
    boolean wasLeftBehind() {
        return leftBehind;
    }

    /** Ends the session cleanly: deletes the sidecar, then releases the lock. */
    void release() {
        try {
            // Deleted while still locked (POSIX allows it), so nobody can take over a file about to vanish.
            Files.deleteIfExists(sidecar);
        } catch (IOException e) {
            // Windows refuses to delete an open file: deleted below, after closing.
        }
        closeQuietly(channel);
        try {
            Files.deleteIfExists(sidecar);
        } catch (IOException e) {
            // Then the next session reports an unclean close and checks the file: harmless.
        }
    }

    /**
     * Lets go of the lock after a failed open without marking the session clean: a sidecar left by a crash stays,
     * so the next open checks the file again; one this session created is deleted.
     */
    void abandon() {
        if (leftBehind) {
            closeQuietly(channel);
        } else {
            release();
        }
    }

    private static LockHolder parse(String text) {
        String user = "unknown";
        String host = "unknown";
        long pid = -1;
        Instant since = null;
        for (String line : text.split("\n")) {
            String[] pair = line.split("=", 2);
            if (pair.length != 2) {
                continue;
            }
            switch (pair[0].trim()) {
                case "user" -> user = pair[1].trim();
                case "host" -> host = pair[1].trim();
                case "pid" -> pid = parseLong(pair[1].trim());
                case "since" -> since = parseInstant(pair[1].trim());
                default -> { }
            }
        }
        return new LockHolder(user, host, pid, since);
    }

    private static long parseLong(String text) {
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static Instant parseInstant(String text) {
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static void closeQuietly(FileChannel channel) {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException ignored) {
                // closing releases the OS lock; nothing else to undo
            }
        }
    }
}
