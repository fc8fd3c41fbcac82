package rectimap.store;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;

/**
 * A real small file system for tests of a full disk: a tmpfs of a few megabytes mounted (tests run as root, as CI
 * does) and filled up with a filler file, so SQLite meets ENOSPC and reports SQLITE_FULL as on a real full disk.
 * Without the right to mount, the calling test fails under CI and is aborted elsewhere.
 */
final class SmallDisk implements AutoCloseable {
    final Path root;
    private final Path filler;

    private SmallDisk(Path root) {
        this.root = root;
        this.filler = root.resolve("filler.bin");
    }

    static SmallDisk mount(Path at, String size) throws IOException, InterruptedException {
        Files.createDirectories(at);
        String failure = run("mount", "-t", "tmpfs", "-o", "size=" + size, "tmpfs", at.toString());
        if (failure != null) {
            String message = "a full-disk test mounts a small tmpfs (needs root): " + failure;
            if (System.getenv("CI") != null) {
                fail(message);
            }
            Assumptions.abort(message);
        }
        return new SmallDisk(at);
    }

    /** Writes the filler until the file system refuses another byte. */
    void fill() throws IOException {
        byte[] chunk = new byte[16 * 1024];
        try (OutputStream out = Files.newOutputStream(filler)) {
            while (true) {
                out.write(chunk);
            }
        } catch (IOException full) {
            // ENOSPC: the disk is full, which is what the test wants
        }
        try (OutputStream out = Files.newOutputStream(filler, java.nio.file.StandardOpenOption.APPEND)) {
            for (int i = 0; i < 1024; i++) {
                out.write(0);
                out.flush();
            }
        } catch (IOException full) {
            // the last bytes too
        }
    }

    void free() throws IOException {
        Files.deleteIfExists(filler);
    }

    @Override
    public void close() throws IOException, InterruptedException {
        String failure = run("umount", "-l", root.toString());
        if (failure != null) {
            throw new IOException("umount " + root + ": " + failure);
        }
    }

    /** Runs a command; null when it exited 0, else its output. */
    static String run(String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(List.of(command)).redirectErrorStream(true).start();
        String out = new String(process.getInputStream().readAllBytes()).trim();
        return process.waitFor() == 0 ? null : command[0] + " exited " + process.exitValue() + ": " + out;
    }
}
