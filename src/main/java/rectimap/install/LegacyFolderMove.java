package rectimap.install;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.stream.Stream;

/**
 * The one-time move from the folder used before ({@code ~/.rectimap}) to the platform's {@link UserFolders}: settings
 * and the recent-projects list go to the settings folder, everything else (the sample's working copy with its
 * sidecars, {@code pending/} recovery journals) to the data folder. Paths inside the settings and the recent list
 * that pointed into the old folder are rewritten to the new one, so the last map view and the recent menu still find
 * the working copy. Nothing is overwritten: an entry already present in the new place stays and the old one is left
 * where it was (and named in the outcome). The old folder is removed once empty. Runs at start, before any project is
 * opened; not thread-safe.
 */
public final class LegacyFolderMove {
    private LegacyFolderMove() {
    }

    /** What the move did. */
    public record Outcome(List<Path> moved, List<Path> leftBehind) {
        public boolean nothingToDo() {
            return moved.isEmpty() && leftBehind.isEmpty();
        }
    }

    /**
     * Moves {@code legacy}'s content into {@code target}; a missing {@code legacy} (or the same folder) does nothing.
     *
     * @throws IOException when a move fails half-way (what was moved stays moved; the rest stays in {@code legacy})
     */
    public static Outcome run(Path legacy, UserFolders target) throws IOException {
        if (!Files.isDirectory(legacy) || legacy.toAbsolutePath().normalize().equals(
                target.data().toAbsolutePath().normalize())) {
            return new Outcome(List.of(), List.of());
        }
        List<Path> moved = new ArrayList<>();
        List<Path> left = new ArrayList<>();
        List<Path> entries;
        try (Stream<Path> list = Files.list(legacy)) {
            entries = list.sorted().toList();
        }
        for (Path entry : entries) {
            String name = entry.getFileName().toString();
            Path folder = UserFolders.CONFIG_FILES.contains(name) ? target.config() : target.data();
            Path destination = folder.resolve(name);
            if (Files.exists(destination)) {
                left.add(entry);
                continue;
            }
            Files.createDirectories(folder);
            move(entry, destination);
            moved.add(destination);
        }
        rewritePaths(target.config().resolve("recent.txt"), legacy, target.data(), false);
        rewritePaths(target.config().resolve("settings.properties"), legacy, target.data(), true);
        if (left.isEmpty()) {
            Files.deleteIfExists(legacy);
        }
        return new Outcome(moved, left);
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException sameDiskImpossible) {
            // Another file system (a home on one disk, XDG_DATA_HOME on another): copy the tree, then remove it.
            try (Stream<Path> tree = Files.walk(from)) {
                for (Path p : tree.toList()) {
                    Files.copy(p, to.resolve(from.relativize(p).toString()), StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
            try (Stream<Path> tree = Files.walk(from)) {
                for (Path p : tree.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }

    /** Replaces {@code from} by {@code to} at the start of each line (recent list) or each key and value (settings). */
    private static void rewritePaths(Path file, Path from, Path to, boolean properties) throws IOException {
        if (!Files.isRegularFile(file)) {
            return;
        }
        String old = from.toAbsolutePath().normalize().toString();
        String now = to.toAbsolutePath().normalize().toString();
        if (!properties) {
            List<String> lines = new ArrayList<>();
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                lines.add(replaced(line, old, now).orElse(line));
            }
            Files.write(file, lines, StandardCharsets.UTF_8);
            return;
        }
        Properties in = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            in.load(reader);
        }
        Properties out = new Properties();
        for (String key : in.stringPropertyNames()) {
            String value = in.getProperty(key);
            out.setProperty(key.startsWith("view.") ? "view." + replaced(key.substring(5), old, now)
                    .orElse(key.substring(5)) : key, replaced(value, old, now).orElse(value));
        }
        try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.store(writer, "Rectimap user settings");
        }
    }

    private static Optional<String> replaced(String text, String old, String now) {
        if (text.equals(old) || text.startsWith(old + java.io.File.separator)) {
            return Optional.of(now + text.substring(old.length()));
        }
        return Optional.empty();
    }
}
