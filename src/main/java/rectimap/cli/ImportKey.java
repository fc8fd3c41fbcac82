package rectimap.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;
import java.util.Locale;

/**
 * What makes two command-line imports the same import: the source's bytes (a Shapefile's .shp, .shx, .dbf, .prj and
 * .cpg together) and every choice of the request (target, layer name and title, encoding, CRS, invalid-geometry
 * policy, source layer, coordinate columns), as a SHA-256 digest. A shared project writes the same import once.
 */
final class ImportKey {
    private static final List<String> SHAPEFILE_PARTS = List.of("shp", "shx", "dbf", "prj", "cpg");

    private ImportKey() {
    }

    /** The digest of {@code request}; a part that cannot be read counts as absent (the import then says why). */
    static byte[] of(ImportRequest request) {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
        digest.update(String.join("\u0000", String.valueOf(request.appendTo()), String.valueOf(request.newLayerName()),
                String.valueOf(request.title()), String.valueOf(request.sourceEpsg()), request.invalid().name(),
                String.valueOf(request.source())).getBytes(StandardCharsets.UTF_8));
        for (Path part : parts(request.file())) {
            digest.update(part.getFileName().toString().getBytes(StandardCharsets.UTF_8));
            try (InputStream in = new DigestInputStream(Files.newInputStream(part), digest)) {
                in.transferTo(java.io.OutputStream.nullOutputStream());
            } catch (IOException e) {
                digest.update((byte) 0);
            }
        }
        return digest.digest();
    }

    private static List<Path> parts(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        if (dot < 0 || !name.substring(dot + 1).toLowerCase(Locale.ROOT).equals("shp")) {
            return List.of(file);
        }
        String base = name.substring(0, dot);
        String ext = name.substring(dot + 1);
        boolean upper = ext.equals(ext.toUpperCase(Locale.ROOT));
        return SHAPEFILE_PARTS.stream().map(e -> file.resolveSibling(base + "." + (upper ? e.toUpperCase(Locale.ROOT)
                : e))).filter(Files::isRegularFile).toList();
    }
}
