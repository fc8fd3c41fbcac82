package rectimap.raster.service;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Fetched tiles on disk, at most {@code maxBytes} in all: one file per tile, named by a SHA-1 of its cache key (the
 * key names source and tile, never the user's service key), in 256 sub-folders. When a write passes the limit the
 * least recently used files are deleted down to 80 % of it. Reads refresh a file's time. Disk trouble is never an
 * error: a tile that cannot be cached is fetched again next time. Thread-safe.
 */
public final class DiskTileCache {
    private static final double EVICT_TO = 0.8;
    private final Path folder;
    private final long maxBytes;
    private long knownBytes = -1;

    public DiskTileCache(Path folder, long maxBytes) {
        this.folder = folder;
        this.maxBytes = maxBytes;
    }

    public Optional<byte[]> get(String key) {
        Path file = fileOf(key);
        try {
            byte[] bytes = Files.readAllBytes(file);
            Files.setLastModifiedTime(file, FileTime.fromMillis(System.currentTimeMillis()));
            return Optional.of(bytes);
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    public synchronized void put(String key, byte[] bytes) {
        Path file = fileOf(key);
        try {
            Files.createDirectories(file.getParent());
            Path temp = Files.createTempFile(file.getParent(), "tile", ".part");
            Files.write(temp, bytes);
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            knownBytes = usedBytes() + bytes.length;
            if (knownBytes > maxBytes) {
                evict();
            }
        } catch (IOException e) {
            // a full or read-only disk only costs a refetch
        }
    }

    /** Bytes held now (scanned once, then counted). */
    public synchronized long usedBytes() {
        if (knownBytes < 0) {
            knownBytes = files().stream().mapToLong(DiskTileCache::size).sum();
        }
        return knownBytes;
    }

    public long maxBytes() {
        return maxBytes;
    }

    private void evict() {
        List<Path> oldestFirst = files().stream()
                .sorted(Comparator.comparingLong(DiskTileCache::modified)).toList();
        long total = oldestFirst.stream().mapToLong(DiskTileCache::size).sum();
        for (Path file : oldestFirst) {
            if (total <= maxBytes * EVICT_TO) {
                break;
            }
            long size = size(file);
            try {
                Files.deleteIfExists(file);
                total -= size;
            } catch (IOException e) {
                // held by another process: try the next one
            }
        }
        knownBytes = total;
    }

    private List<Path> files() {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(folder, 2)) {
            return walk.filter(p -> p.getFileName().toString().endsWith(".tile")).toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    private Path fileOf(String key) {
        String hash = sha1(key);
        return folder.resolve(hash.substring(0, 2)).resolve(hash + ".tile");
    }

    private static String sha1(String key) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-1")
                    .digest(key.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-1", e);
        }
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return 0;
        }
    }

    private static long modified(Path file) {
        try {
            return Files.getLastModifiedTime(file).toMillis();
        } catch (IOException e) {
            return 0;
        }
    }
}
