package rectimap.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Where a project file lives: on a local disk or on a network share (SMB/CIFS, NFS, SSHFS…), where SQLite's and the
 * OS's file locks are unreliable and two editors could corrupt the file — the app warns then. Linux: the file system
 * type of the longest mount point above the file in {@code /proc/self/mountinfo}; Windows: a UNC path
 * ({@code \\server\share}); elsewhere the JDK's file-store type.
 */
public enum FileLocation {
    LOCAL,
    NETWORK_SHARE;

    private static final Path MOUNT_INFO = Path.of("/proc/self/mountinfo");
    private static final Set<String> NETWORK_TYPES = Set.of("cifs", "smb", "smb2", "smb3", "smbfs", "nfs", "nfs4",
            "fuse.sshfs", "sshfs", "9p", "afs", "ncpfs", "ceph", "glusterfs", "fuse.glusterfs", "davfs", "fuse.davfs2",
            "fuse.rclone", "webdav");

    /** Where {@code file} (existing or about to be created) lives. */
    public static FileLocation of(Path file) {
        if (file.toString().startsWith("\\\\")) {
            // A UNC name (\\server\share\…) is a share on Windows whatever the server is.
            return NETWORK_SHARE;
        }
        Path absolute = file.toAbsolutePath().normalize();
        Path existing = absolute;
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (existing == null) {
            return LOCAL;
        }
        try {
            Path real = existing.toRealPath();
            if (Files.isReadable(MOUNT_INFO)) {
                return ofType(mountTypeOf(real.toString(), Files.readAllLines(MOUNT_INFO, StandardCharsets.UTF_8)));
            }
            return ofType(Files.getFileStore(real).type());
        } catch (IOException e) {
            return LOCAL;
        }
    }

    /** The location for a file-system type name such as {@code ext4} or {@code cifs}. */
    static FileLocation ofType(String fileSystemType) {
        return NETWORK_TYPES.contains(fileSystemType.toLowerCase(Locale.ROOT)) ? NETWORK_SHARE : LOCAL;
    }

    /**
     * The file-system type of the longest mount point that contains {@code realPath}, from mountinfo lines
     * ({@code id parent dev root mountpoint options [optional…] - type source superoptions}); "" when none matches.
     */
    static String mountTypeOf(String realPath, List<String> mountInfoLines) {
        String bestPoint = null;
        String bestType = "";
        for (String line : mountInfoLines) {
            String[] parts = line.split(" ");
            int separator = List.of(parts).indexOf("-");
            if (parts.length < 5 || separator < 0 || separator + 1 >= parts.length) {
                continue;
            }
            String point = unescape(parts[4]);
            boolean contains = realPath.equals(point) || point.equals("/")
                    || realPath.startsWith(point.endsWith("/") ? point : point + "/");
            if (contains && (bestPoint == null || point.length() >= bestPoint.length())) {
                bestPoint = point;
                bestType = parts[separator + 1];
            }
        }
        return bestType;
    }

    /** mountinfo escapes space, tab, newline and backslash as octal, e.g. {@code \040}. */
    private static String unescape(String field) {
        StringBuilder out = new StringBuilder(field.length());
        for (int i = 0; i < field.length(); i++) {
            char c = field.charAt(i);
            if (c == '\\' && i + 3 < field.length()) {
                try {
                    out.append((char) Integer.parseInt(field.substring(i + 1, i + 4), 8));
                    i += 3;
                    continue;
                } catch (NumberFormatException e) {
                    // not an escape: keep the backslash
                }
            }
            out.append(c);
        }
        return out.toString();
    }
}
