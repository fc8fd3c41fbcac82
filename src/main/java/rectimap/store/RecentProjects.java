package rectimap.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The recently opened projects, most recent first, at most {@link #LIMIT}: one absolute path per line (UTF-8) in a
 * small file, {@code recent.txt} in the user's settings folder ({@code rectimap.install.UserFolders}). Written under a temporary name and moved into place, so a
 * crash never leaves a half list. A missing or unreadable list is an empty one: the list is a convenience, never a
 * reason to fail. Thread-safe (synchronized); one process at a time may write (the last writer wins).
 */
public final class RecentProjects {
    public static final int LIMIT = 10;
    private final Path listFile;

    public RecentProjects(Path listFile) {
        this.listFile = listFile;
    }

    /** The remembered projects, most recent first, including ones that no longer exist (the menu may grey them). */
    public synchronized List<Path> list() {
        List<Path> paths = new ArrayList<>();
        try {
            for (String line : Files.readAllLines(listFile, StandardCharsets.UTF_8)) {
                if (!line.isBlank() && paths.size() < LIMIT) {
                    paths.add(Path.of(line.strip()));
                }
            }
        } catch (IOException | InvalidPathException e) {
            return paths;
        }
        return paths;
    }

    /**
     * Puts {@code project} first (once), keeping at most {@link #LIMIT}.
     *
     * @throws java.io.UncheckedIOException when the list cannot be written
     */
    public synchronized void remember(Path project) {
        Path absolute = project.toAbsolutePath().normalize();
        List<Path> paths = new ArrayList<>(list());
        paths.remove(absolute);
        paths.add(0, absolute);
        StringBuilder text = new StringBuilder();
        paths.stream().limit(LIMIT).forEach(p -> text.append(p).append('\n'));
        Path temp = listFile.resolveSibling(listFile.getFileName() + ".writing");
        try {
            Files.createDirectories(listFile.toAbsolutePath().getParent());
            Files.writeString(temp, text, StandardCharsets.UTF_8);
            ProjectCopy.moveIntoPlace(temp, listFile);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("cannot write the recent projects list " + listFile, e);
        }
    }
}
