package rectimap.exchange.shapefile;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import rectimap.exchange.ExchangeException;
import rectimap.exchange.ExchangeProblem;

/**
 * The files of one Shapefile: .shp, .shx and .dbf (required), .prj, .cpg and .dbt (optional), found beside the
 * given file with the same base name in any letter case, or extracted from a .zip into a temporary folder that
 * {@link #close()} deletes. Zip entry names are UTF-8 where the entry's flag says so, else read strictly as UTF-8 and,
 * when they are not, as GB18030 (a zip made on a Chinese Windows names them in GBK without the flag, as GDAL reads).
 *
 * @param layerName    the base name (e.g. "村界"), the suggested layer name
 * @param extractedDir the temporary folder of a zip's parts, or null
 * @param shownAs      how messages name the parts of a zip: the zip, "!" and the member's name without its
 *                     extension (e.g. "/data/村界.zip!村界"); null for parts read in place
 */
public record ShapefileParts(String layerName, Path shp, Path shx, Path dbf, Optional<Path> prj, Optional<Path> cpg,
                             Optional<Path> dbt, Path extractedDir, String shownAs) implements AutoCloseable {
    private static final List<String> PART_EXTENSIONS = List.of("shp", "shx", "dbf", "prj", "cpg", "dbt");

    /**
     * The parts of the Shapefile {@code file} names: any of its parts, or a .zip holding exactly one.
     *
     * @throws ExchangeException NOT_FOUND, MISSING_PART (naming the missing .shx or .dbf), CORRUPT (a bad zip),
     *                           NO_LAYER (a zip without .shp), LAYER_CHOICE_NEEDED (a zip with several)
     */
    public static ShapefileParts locate(Path file) throws ExchangeException {
        return locate(file, null);
    }

    /**
     * As {@link #locate(Path)}; for a .zip holding several Shapefiles {@code zipMember} names the one to read (its
     * entry name such as "data/村界.shp", or just "村界.shp" or "村界"); ignored for a plain .shp.
     */
    public static ShapefileParts locate(Path file, String zipMember) throws ExchangeException {
        if (!Files.exists(file)) {
            throw new ExchangeException(ExchangeProblem.NOT_FOUND, file, "no such file");
        }
        if (extension(file).equals("zip")) {
            return extract(file, zipMember);
        }
        Path folder = file.toAbsolutePath().getParent();
        String base = baseName(file);
        return fromFolder(folder, base, file, null);
    }

    /** The .shp entry names of {@code zip} in name order (for the user to choose one). */
    public static List<String> shapefilesIn(Path zip) throws ExchangeException {
        if (!Files.exists(zip)) {
            throw new ExchangeException(ExchangeProblem.NOT_FOUND, zip, "no such file");
        }
        try (ZipFile archive = openZip(zip)) {
            return shpEntries(archive).stream().map(ZipEntry::getName).toList();
        } catch (IOException | RuntimeException e) {
            throw new ExchangeException(ExchangeProblem.CORRUPT, zip, "cannot read the zip: " + e.getMessage(), e);
        }
    }

    private static List<ZipEntry> shpEntries(ZipFile archive) {
        return archive.stream().<ZipEntry>map(e -> e).filter(e -> !e.isDirectory() && extension(e.getName()).equals("shp"))
                .filter(e -> !e.getName().startsWith("__MACOSX/"))
                .sorted(Comparator.comparing(ZipEntry::getName)).toList();
    }

    private static ZipEntry chosenEntry(Path zip, ZipFile archive, String zipMember) throws ExchangeException {
        List<ZipEntry> shps = shpEntries(archive);
        if (shps.isEmpty()) {
            throw new ExchangeException(ExchangeProblem.NO_LAYER, zip, "the zip holds no .shp (entries: "
                    + String.join(", ", archive.stream().limit(10).map(ZipEntry::getName).toList()) + ")");
        }
        String names = String.join(", ", shps.stream().map(ZipEntry::getName).toList());
        if (zipMember == null || zipMember.isBlank()) {
            if (shps.size() == 1) {
                return shps.get(0);
            }
            throw new ExchangeException(ExchangeProblem.LAYER_CHOICE_NEEDED, zip, "the zip holds " + shps.size()
                    + " Shapefiles (" + names + "); choose one");
        }
        for (ZipEntry entry : shps) {
            String name = entry.getName();
            String simple = name.substring(name.replace('\\', '/').lastIndexOf('/') + 1);
            if (name.equals(zipMember) || simple.equals(zipMember)
                    || simple.substring(0, simple.length() - ".shp".length()).equals(zipMember)) {
                return entry;
            }
        }
        throw new ExchangeException(ExchangeProblem.LAYER_CHOICE_NEEDED, zip, "the zip holds no " + zipMember
                + " (it holds " + names + ")");
    }

    private static ShapefileParts fromFolder(Path folder, String base, Path asked, Path extractedDir)
            throws ExchangeException {
        Path shp = find(folder, base, "shp").orElseThrow(() -> missing(asked, base, "shp"));
        Path shx = find(folder, base, "shx").orElseThrow(() -> missing(asked, base, "shx"));
        Path dbf = find(folder, base, "dbf").orElseThrow(() -> missing(asked, base, "dbf"));
        return new ShapefileParts(base, shp, shx, dbf, find(folder, base, "prj"), find(folder, base, "cpg"),
                find(folder, base, "dbt"), extractedDir, null);
    }

    private static ExchangeException missing(Path asked, String base, String extension) {
        return new ExchangeException(ExchangeProblem.MISSING_PART, asked, "no " + base + "." + extension
                + " beside it");
    }

    private static Optional<Path> find(Path folder, String base, String extension) throws ExchangeException {
        Path exact = folder.resolve(base + "." + extension);
        if (Files.isRegularFile(exact)) {
            return Optional.of(exact);
        }
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.filter(p -> baseName(p).equals(base) && extension(p).equals(extension))
                    .filter(Files::isRegularFile).findFirst();
        } catch (IOException e) {
            throw new ExchangeException(ExchangeProblem.UNREADABLE, folder, "cannot list the folder: "
                    + e.getMessage(), e);
        }
    }

    private static ShapefileParts extract(Path zip, String zipMember) throws ExchangeException {
        Path folder = null;
        try (ZipFile archive = openZip(zip)) {
            ZipEntry shpEntry = chosenEntry(zip, archive, zipMember);
            String prefix = shpEntry.getName().substring(0, shpEntry.getName().length() - 4);
            String base = prefix.substring(prefix.replace('\\', '/').lastIndexOf('/') + 1);
            folder = Files.createTempDirectory("rectimap-shapefile-");
            for (ZipEntry entry : archive.stream().toList()) {
                String name = entry.getName();
                String extension = extension(name);
                if (!entry.isDirectory() && name.length() == prefix.length() + 1 + extension.length()
                        && name.regionMatches(true, 0, prefix, 0, prefix.length())
                        && PART_EXTENSIONS.contains(extension)) {
                    try (InputStream in = archive.getInputStream(entry)) {
                        Files.copy(in, folder.resolve("layer." + extension));
                    }
                }
            }
            ShapefileParts parts = fromFolder(folder, "layer", zip, folder);
            return new ShapefileParts(base, parts.shp, parts.shx, parts.dbf, parts.prj, parts.cpg, parts.dbt, folder,
                    zip + "!" + prefix);
        } catch (IOException | RuntimeException e) {
            deleteFolder(folder);
            throw new ExchangeException(ExchangeProblem.CORRUPT, zip, "cannot read the zip: " + e.getMessage(), e);
        } catch (ExchangeException e) {
            deleteFolder(folder);
            throw e;
        }
    }

    private static ZipFile openZip(Path zip) throws IOException {
        try {
            // Strict: the JDK refuses a name that is not UTF-8 (ZipException "bad entry name", or on reading it).
            ZipFile archive = new ZipFile(zip.toFile(), StandardCharsets.UTF_8);
            try {
                archive.stream().forEach(ZipEntry::getName);
                return archive;
            } catch (IllegalArgumentException e) {
                archive.close();
                throw e;
            }
        } catch (ZipException | IllegalArgumentException e) {
            // Not UTF-8: a zip made on a Chinese Windows names its entries in GBK (GB18030 reads every GBK name);
            // entries flagged UTF-8 are still read as UTF-8. A zip that is really damaged fails here again.
            return new ZipFile(zip.toFile(), Charset.forName("GB18030"));
        }
    }

    /** How messages name {@code part}: itself, or for a part extracted from a zip "the.zip!member.ext". */
    public Path shown(Path part) {
        if (shownAs == null || part == null || !part.startsWith(extractedDir)) {
            return part;
        }
        return Path.of(shownAs + "." + extension(part));
    }

    /**
     * {@code problem} as the user should read it: a part extracted from a zip named by zip and member, never by
     * the temporary folder (in the file and in the detail); itself for parts read in place.
     */
    public ExchangeException named(ExchangeException problem) {
        if (shownAs == null || problem.file() == null || !problem.file().startsWith(extractedDir)) {
            return problem;
        }
        String detail = problem.detail();
        for (String extension : PART_EXTENSIONS) {
            detail = detail.replace(extractedDir.resolve("layer." + extension).toString(), shownAs + "." + extension);
        }
        ExchangeException named = new ExchangeException(problem.problem(), shown(problem.file()), problem.record(),
                detail.replace(extractedDir.toString(), zip()), problem.getCause());
        named.setStackTrace(problem.getStackTrace());
        return named;
    }

    private String zip() {
        return shownAs.substring(0, shownAs.lastIndexOf('!'));
    }

    private static String baseName(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? name : name.substring(0, dot);
    }

    private static String extension(Path file) {
        return extension(file.getFileName().toString());
    }

    private static String extension(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    private static void deleteFolder(Path folder) {
        if (folder == null) {
            return;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temporary folder left behind is harmless; the OS cleans /tmp
        }
    }

    /** Deletes the temporary folder of a zip's parts; nothing for parts read in place. */
    @Override
    public void close() {
        deleteFolder(extractedDir);
    }
}
