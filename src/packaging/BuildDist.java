import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.spi.ToolProvider;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * The packaging step of {@code mvn -Pdist package} (run as a single-file program by the JDK, so it needs nothing but
 * the JDK that builds): JavaFX's platform jars become jmods (their native libraries in the runtime's lib/), jdeps
 * finds the JDK modules the jars use, jlink builds the trimmed runtime, training runs record the classes a start and a
 * render load, the runtime's class-data sharing archive is dumped from that list, jpackage makes the app image
 * {@code target/dist/rectimap/} with the launchers {@code rectimap} and {@code rectimap-cli}, the app's own archive
 * {@code lib/app/rectimap.jsa} is made where the image lies, and the native package follows (.deb on Linux, .msi on
 * Windows with WiX, .dmg on macOS; only the Linux path is tried here).
 *
 * <p>{@code javac -d OUT src/packaging/*.java && java -cp OUT BuildDist VERSION APP_JAR DEPENDENCY_DIR WORK_DIR DIST_DIR}
 */
public final class BuildDist {
    private static final String NAME = "rectimap";
    private static final Pattern FX_PLATFORM_JAR = Pattern.compile("javafx-(\\w+)-[\\d.]+-(linux|win|mac)[\\w-]*\\.jar");
    /** Modules reached through services or names only, which jdeps cannot see: charsets (GBK), CJK locale data,
     * zip file systems, TLS for basemap services, the HTTP client, the log's JUL, RuntimeMXBean for the start trace. */
    private static final List<String> EXTRA_MODULES = List.of("javafx.controls", "javafx.swing", "jdk.charsets",
            "jdk.localedata", "jdk.zipfs", "jdk.crypto.ec", "java.net.http", "java.logging", "java.management");
    private static final String OS = System.getProperty("os.name").toLowerCase(Locale.ROOT);

    private final String version;
    private final Path appJar;
    private final Path deps;
    private final Path work;
    private final Path dist;

    private BuildDist(String[] args) {
        version = args[0].replace("-SNAPSHOT", "");
        appJar = Path.of(args[1]);
        deps = Path.of(args[2]);
        work = Path.of(args[3]);
        dist = Path.of(args[4]);
    }

    public static void main(String[] args) throws Exception {
        new BuildDist(args).build();
    }

    private void build() throws Exception {
        long start = System.nanoTime();
        deleteTree(work.resolve("input"));
        deleteTree(work.resolve("fxjmods"));
        deleteTree(work.resolve("runtime"));
        deleteTree(work.resolve("training"));
        deleteTree(dist);
        Path input = Files.createDirectories(work.resolve("input"));
        Path fxJmods = Files.createDirectories(work.resolve("fxjmods"));
        List<Path> fxJars = new ArrayList<>();
        try (Stream<Path> jars = Files.list(deps)) {
            for (Path jar : jars.sorted().toList()) {
                String name = jar.getFileName().toString();
                Matcher fx = FX_PLATFORM_JAR.matcher(name);
                if (fx.matches()) {
                    fxJars.add(jar);
                    javafxJmod(jar, "javafx." + fx.group(1), fxJmods);
                } else if (!name.startsWith("javafx-")) {
                    Files.copy(jar, input.resolve(name));
                }
            }
        }
        Files.copy(appJar, input.resolve(NAME + ".jar"));
        Files.createDirectories(input.resolve("maps"));
        Files.copy(Path.of("maps", "yanhu-sample.gpkg"), input.resolve("maps").resolve("yanhu-sample.gpkg"));
        step("inputs and JavaFX jmods", start);

        Path runtime = work.resolve("runtime");
        Set<String> modules = new TreeSet<>(jdkModules(input, fxJars));
        modules.addAll(EXTRA_MODULES);
        tool("jlink", "--module-path", fxJmods.toString(), "--add-modules", String.join(",", modules),
                "--include-locales=en,zh", "--strip-debug", "--no-header-files", "--no-man-pages",
                "--output", runtime.toString());
        step("jlink " + modules, start);

        Path training = Files.createDirectories(work.resolve("training"));
        Path classList = training.resolve("classes.txt");
        recordClasses(runtime, input, training, classList);
        Files.copy(classList, input.resolve("classes.txt"));
        run(List.of(java(runtime), "-Xshare:dump", "-XX:SharedClassListFile=" + classList,
                "-XX:SharedArchiveFile=" + runtime.resolve("lib/server/classes.jsa")), training.resolve("dump.log"));
        step("training runs and the runtime's CDS archive", start);

        String common = "-Drectimap.sample=$APPDIR/maps/yanhu-sample.gpkg -Dfile.encoding=UTF-8";
        Path cli = training.resolve("rectimap-cli.properties");
        Files.writeString(cli, "main-class=rectimap.cli.RectimapCli\nwin-console=true\njava-options=" + common
                + "\n", StandardCharsets.UTF_8);
        List<String> image = new ArrayList<>(List.of("--type", "app-image", "--name", NAME, "--app-version", version,
                "--dest", dist.toString(), "--input", input.toString(), "--main-jar", NAME + ".jar",
                "--main-class", "rectimap.app.Launcher", "--runtime-image", runtime.toString(),
                "--java-options", common, "--add-launcher", "rectimap-cli=" + cli,
                "--description", "城乡环境整治一张图 Rectimap", "--vendor", "Rectimap",
                "--copyright", "Rectimap contributors"));
        image.addAll(icon());
        tool("jpackage", image.toArray(String[]::new));
        step("jpackage app image", start);

        Path appDir = appDir(dist.resolve(NAME)).toRealPath();
        appArchive(appDir, training);
        step("the app's CDS archive", start);
        launcherOptions(appDir, sqliteNative(input, appDir));
        if (!OS.contains("win") && !OS.contains("mac")) {
            shellLaunchers(dist.resolve(NAME), appDir);
        }
        step("launcher options", start);

        nativePackage();
        step("native package", start);
    }

    /** A JavaFX platform jar as a jmod: classes and resources, its .so/.dll/.dylib as the jmod's native libraries. */
    private static void javafxJmod(Path jar, String module, Path out) throws IOException {
        Path dir = out.resolve(module + ".d");
        Path classes = Files.createDirectories(dir.resolve("classes"));
        Path libs = Files.createDirectories(dir.resolve("libs"));
        boolean natives = false;
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            for (ZipEntry entry : java.util.Collections.list(zip.entries())) {
                String name = entry.getName();
                if (entry.isDirectory() || name.startsWith("META-INF/") || name.endsWith(".jar")) {
                    continue;
                }
                boolean isNative = !name.contains("/") && (name.endsWith(".so") || name.endsWith(".dll")
                        || name.endsWith(".dylib"));
                Path target = (isNative ? libs : classes).resolve(name);
                Files.createDirectories(target.getParent());
                try (var in = zip.getInputStream(entry)) {
                    Files.copy(in, target);
                }
                natives |= isNative;
            }
        }
        List<String> args = new ArrayList<>(List.of("create", "--class-path", classes.toString()));
        if (natives) {
            args.addAll(List.of("--libs", libs.toString()));
        }
        args.add(out.resolve(module + ".jmod").toString());
        tool("jmod", args.toArray(String[]::new));
    }

    /** The JDK modules the app's jars use, by jdeps over all of them as modules (automatic ones for plain jars). */
    private static Set<String> jdkModules(Path input, List<Path> fxJars) throws IOException {
        Path modulePath = Files.createDirectories(input.resolveSibling("jdeps-path"));
        List<Path> jars;
        try (Stream<Path> list = Files.list(input)) {
            jars = list.filter(p -> p.toString().endsWith(".jar")).toList();
        }
        for (Path jar : jars) {
            if (!jar.getFileName().toString().equals(NAME + ".jar")) {
                Files.copy(jar, modulePath.resolve(jar.getFileName()), StandardCopyOption.REPLACE_EXISTING);
            }
        }
        for (Path jar : fxJars) {
            Files.copy(jar, modulePath.resolve(jar.getFileName()), StandardCopyOption.REPLACE_EXISTING);
        }
        String out = tool("jdeps", "--print-module-deps", "--ignore-missing-deps", "--multi-release", "17",
                "--module-path", modulePath.toString(), "--add-modules", "ALL-MODULE-PATH",
                input.resolve(NAME + ".jar").toString());
        String last = out.strip().lines().reduce((a, b) -> b).orElse("java.base");
        Set<String> modules = new LinkedHashSet<>();
        for (String module : last.split(",")) {
            if (!module.isBlank() && !module.startsWith("javafx.")) {
                modules.add(module.strip());
            }
        }
        deleteTree(modulePath);
        return modules;
    }

    /**
     * The classes a start of the window (to its first painted map) and the command families load, one per line: a
     * render, an atlas PDF, a layer exported as a GBK Shapefile and that file imported (issue 13: each command's
     * libraries, PDFBox and the Shapefile reader among them, come from the archives instead of the jars). The window
     * run needs a display: the one in DISPLAY, else an Xvfb started here, else (no X at all) only the commands.
     */
    private static void recordClasses(Path runtime, Path input, Path training, Path classList) throws Exception {
        String classPath = input.resolve("*").toString();
        Path sample = input.resolve("maps/yanhu-sample.gpkg");
        List<String> common = List.of(java(runtime), "-Drectimap.home=" + training.resolve("home"),
                "-Drectimap.sample=" + sample, "-Dfile.encoding=UTF-8", "-cp", classPath);
        Map<String, List<String>> commands = trainingCommands(training.resolve("list"), sample);
        Set<String> classes = new LinkedHashSet<>();
        for (Map.Entry<String, List<String>> command : commands.entrySet()) {
            Path list = training.resolve(command.getKey() + ".txt");
            List<String> line = new ArrayList<>(common);
            line.add(1, "-XX:DumpLoadedClassList=" + list);
            line.add("rectimap.cli.RectimapCli");
            line.addAll(command.getValue());
            run(line, training.resolve(command.getKey() + ".log"));
            classes.addAll(Files.readAllLines(list));
        }
        try (TrainingDisplay display = TrainingDisplay.find(training)) {
            if (display.name() != null) {
                List<String> window = new ArrayList<>(common);
                window.addAll(1, List.of("-XX:DumpLoadedClassList=" + training.resolve("window.txt"),
                        "-Drectimap.bench.firstFrame=true"));
                window.add("rectimap.app.Launcher");
                ProcessBuilder builder = new ProcessBuilder(window);
                builder.environment().put("DISPLAY", display.name());
                run(builder, training.resolve("window.log"));
                classes.addAll(Files.readAllLines(training.resolve("window.txt")));
            } else {
                System.out.println("[dist] no X display: the CDS archives hold the render's classes only");
            }
        }
        Files.write(classList, classes, StandardCharsets.UTF_8);
    }

    /**
     * The command lines the training runs give, each writing into {@code dir} (made here, with a copy of the sample
     * to import into): a render, the 22-township A3 atlas, a layer exported as a GBK Shapefile and that file imported.
     */
    private static Map<String, List<String>> trainingCommands(Path dir, Path sample) throws IOException {
        Files.createDirectories(dir);
        Path shapefile = dir.resolve("village.shp");
        Path project = Files.copy(sample, dir.resolve("import.gpkg"), StandardCopyOption.REPLACE_EXISTING);
        Map<String, List<String>> commands = new LinkedHashMap<>();
        commands.put("render", List.of("render", "--out", dir.resolve("x.png").toString()));
        commands.put("atlas", List.of("print", "--atlas", "township", "--paper", "a3", "--out",
                dir.resolve("atlas.pdf").toString()));
        commands.put("export", List.of("export", "--project", sample.toString(), "--layer", "village", "--format",
                "shp", "--encoding", "GBK", "--out", shapefile.toString()));
        commands.put("import", List.of("import", "--project", project.toString(), "--file", shapefile.toString(),
                "--layer-name", "trained"));
        return commands;
    }

    /**
     * The app's own (dynamic) CDS archive {@code lib/app/rectimap.jsa} for the class path exactly as the launchers
     * pass it, made by {@code ClassPreload} over the recorded classes, a start of the window to its first map (where
     * there is a display: the archive then also holds the window's lambda classes, which only a real run makes) and
     * each training command (a command's lambda classes are made only by running it: without the atlas in this run,
     * every atlas spun 60 of its own at each start). The run is interpreted only ({@code -Xint}): trained with the
     * JIT, methods still hot when the archive was written were never compiled in later runs ({@code
     * -XX:+PrintCompilation}; it looks like their "queued for compilation" mark is archived): the atlas's PDF number
     * writing stayed interpreted and its pages took 70 % more processor time. The JVM uses the archive only where it was made (JDK 17 checks the jars' paths), so the .deb
     * makes it again where it installs (without the window's run: no display there).
     */
    private static void appArchive(Path appDir, Path training) throws Exception {
        String classPath = launcherClassPath(appDir);
        Path runtimeJava = appDir.resolveSibling("runtime").resolve("bin").resolve(OS.contains("win") ? "java.exe"
                : "java");
        try (TrainingDisplay display = TrainingDisplay.find(training)) {
            Path sample = appDir.resolve("maps/yanhu-sample.gpkg");
            List<String> command = new ArrayList<>(List.of(runtimeJava.toString(), "-Xint",
                    "-XX:ArchiveClassesAtExit=" + appDir.resolve(NAME + ".jsa"),
                    "-Drectimap.home=" + training.resolve("home2"), "-Drectimap.sample=" + sample,
                    "-Dfile.encoding=UTF-8", "-Djava.class.path=" + classPath,
                    "-Drectimap.bench.firstFrame=true", "rectimap.app.ClassPreload",
                    appDir.resolve("classes.txt").toString()));
            if (display.name() != null) {
                command.add(WINDOW_FLAG);
            }
            String then = "";
            for (List<String> line : trainingCommands(training.resolve("archive"), sample).values()) {
                if (!then.isEmpty()) {
                    command.add(then);
                }
                command.addAll(line);
                then = THEN_FLAG;
            }
            ProcessBuilder builder = new ProcessBuilder(command);
            if (display.name() != null) {
                builder.environment().put("DISPLAY", display.name());
            }
            run(builder, training.resolve("archive.log"));
        }
    }

    /**
     * The launchers' JVM options, first in each .cfg's [JavaOptions]: the app's CDS archive (quietly skipped when it
     * does not fit); the archives mapped where they were dumped (the JDK's default since 17.0.x relocates them to a
     * random address, patching every pointer: 130-200 ms of each start on this machine, for address-space
     * randomisation a desktop GIS does not need; a clash still falls back to relocating); the SQLite driver's native
     * library loaded from the image ({@code sqlite}: else each process copies it out of the jar into the temporary
     * folder first); and the client compiler only ({@code -XX:TieredStopAtLevel=1}), for both launchers. A command's
     * run is seconds long and the optimising compiler's work never pays back in it; in the window the optimising
     * compiler took 1.1-1.5 s of the two cores before the first painted window (more than the FX thread's own
     * 0.6-0.7 s), 2.0-2.5 s more during the first pans and zooms, and a third more processor time for the first
     * coverage check than the whole check takes with the client compiler (BENCHMARKS.md, issue 13).
     */
    private static void launcherOptions(Path appDir, List<String> sqlite) throws IOException {
        List<String> common = new ArrayList<>(List.of("-XX:SharedArchiveFile=$APPDIR/" + NAME + ".jsa",
                "-Xshare:auto", "-Xlog:cds=off", "-Xlog:cds+dynamic=off", "-XX:+UnlockDiagnosticVMOptions",
                "-XX:ArchiveRelocationMode=0", CLIENT_COMPILER_ONLY));
        common.addAll(sqlite);
        for (String launcher : List.of(NAME, NAME + "-cli")) {
            List<String> options = new ArrayList<>(common);
            Path cfg = appDir.resolve(launcher + ".cfg");
            StringBuilder lines = new StringBuilder("[JavaOptions]\n");
            options.forEach(option -> lines.append("java-options=").append(option).append('\n'));
            String text = Files.readString(cfg, StandardCharsets.UTF_8).replace("[JavaOptions]\n", lines);
            Files.writeString(cfg, text, StandardCharsets.UTF_8);
        }
    }

    /** The JIT setting of both launchers (see {@link #launcherOptions}); the benches run the window's work with it. */
    static final String CLIENT_COMPILER_ONLY = "-XX:TieredStopAtLevel=1";

    /** ClassPreload's flag for a start of the window before the render (its value in rectimap.app.ClassPreload). */
    private static final String WINDOW_FLAG = "--window";

    /** ClassPreload's word between two command lines (its value in rectimap.app.ClassPreload). */
    private static final String THEN_FLAG = "--then";

    /**
     * Linux: each launcher in {@code bin/} becomes a POSIX shell script that starts the image's JVM with its .cfg's
     * options, class path and main class. jpackage's native launcher asks {@code rpm -qf} and {@code dpkg -S} (and
     * for an installed .deb then {@code dpkg -L}) which package owns it before every start, to find its own library:
     * 0.2-0.3 s of processor time and 0.5-1 s on a busy machine, more than the whole of a short command (issue 13).
     * The .cfg files stay the one place the options are written.
     */
    private static void shellLaunchers(Path image, Path appDir) throws IOException {
        for (String launcher : List.of(NAME, NAME + "-cli")) {
            List<String> options = new ArrayList<>();
            List<String> classPath = new ArrayList<>();
            String mainClass = null;
            for (String line : Files.readAllLines(appDir.resolve(launcher + ".cfg"), StandardCharsets.UTF_8)) {
                String value = line.substring(line.indexOf('=') + 1);
                if (line.startsWith("java-options=")) {
                    options.add(shellWord(value));
                } else if (line.startsWith("app.classpath=")) {
                    classPath.add(value);
                } else if (line.startsWith("app.mainclass=")) {
                    mainClass = value;
                }
            }
            String script = "#!/bin/sh\n"
                    + "# " + launcher + " of Rectimap, made by BuildDist from lib/app/" + launcher + ".cfg: the image's"
                    + " JVM started directly.\n"
                    + "self=$0\n"
                    + "[ -h \"$self\" ] && self=$(/usr/bin/readlink -f \"$self\")\n"
                    + "APPDIR=$(cd -P \"${self%/*}/../lib/app\" && pwd -P) || exit 1\n"
                    + "exec \"$APPDIR/../runtime/bin/java\" " + String.join(" ", options) + " -cp "
                    + shellWord(String.join(":", classPath)) + " " + mainClass + " \"$@\"\n";
            Path file = image.resolve("bin").resolve(launcher);
            Files.delete(file);
            Files.writeString(file, script, StandardCharsets.UTF_8);
            file.toFile().setExecutable(true, false);
        }
    }

    /** {@code value} as one shell word in double quotes, {@code $APPDIR} left for the shell to fill in. */
    private static String shellWord(String value) {
        return "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"").replace("`", "\\`")
                .replace("$APPDIR", "${APPDIR}").replace("$", "\\$").replace("\\${APPDIR}", "${APPDIR}") + "\"";
    }

    /**
     * The SQLite driver's native library for this system, copied out of its jar into {@code native/} of the app
     * folder; the options that make the driver load it from there. None when the jar has no library for this system
     * (the driver then extracts one as usual).
     */
    private static List<String> sqliteNative(Path input, Path appDir) throws Exception {
        Path jar;
        try (Stream<Path> list = Files.list(input)) {
            jar = list.filter(p -> p.getFileName().toString().startsWith("sqlite-jdbc-")).findFirst().orElse(null);
        }
        if (jar == null) {
            return List.of();
        }
        Path log = Files.createTempFile("sqlite-os", ".txt");
        run(List.of(java(Path.of(System.getProperty("java.home"))), "-cp", jar.toString(),
                "org.sqlite.util.OSInfo"), log);
        String folder = Files.readString(log).strip();
        Files.delete(log);
        String library = System.mapLibraryName("sqlitejdbc");
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            ZipEntry entry = zip.getEntry("org/sqlite/native/" + folder + "/" + library);
            if (entry == null) {
                System.out.println("[dist] no SQLite native library for " + folder + " in " + jar.getFileName());
                return List.of();
            }
            Path target = Files.createDirectories(appDir.resolve("native")).resolve(library);
            try (var in = zip.getInputStream(entry)) {
                Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
            }
        }
        return List.of("-Dorg.sqlite.lib.path=$APPDIR/native", "-Dorg.sqlite.lib.name=" + library);
    }

    /** The class path the jpackage launcher gives the JVM: the cfg's app.classpath lines with $APPDIR filled in. */
    private static String launcherClassPath(Path appDir) throws IOException {
        List<String> entries = new ArrayList<>();
        for (String line : Files.readAllLines(appDir.resolve(NAME + ".cfg"), StandardCharsets.UTF_8)) {
            if (line.startsWith("app.classpath=")) {
                entries.add(line.substring("app.classpath=".length()).replace("$APPDIR", appDir.toString()));
            }
        }
        return String.join(java.io.File.pathSeparator, entries);
    }

    /** The native installer of this system, from the finished image (so it carries the app's archive). */
    private void nativePackage() throws Exception {
        Path resources = Path.of("src", "packaging", OS.contains("win") ? "windows" : OS.contains("mac") ? "macos"
                : "linux");
        List<String> args = new ArrayList<>(List.of("--app-image", dist.resolve(NAME).toString(), "--name", NAME,
                "--app-version", version, "--dest", dist.toString(), "--description", "城乡环境整治一张图 Rectimap",
                "--vendor", "Rectimap", "--resource-dir", resources.toString()));
        args.addAll(icon());
        if (OS.contains("win")) {
            args.addAll(List.of("--type", "msi", "--win-menu", "--win-menu-group", "城乡环境整治一张图",
                    "--win-shortcut", "--win-dir-chooser", "--win-upgrade-uuid", "6f7d1c2e-9a57-4c31-b1f0-3d1e6a2b8c41"));
        } else if (OS.contains("mac")) {
            args.addAll(List.of("--type", "dmg", "--mac-package-name", "城乡环境整治一张图"));
        } else {
            args.addAll(List.of("--type", "deb", "--linux-menu-group", "Education;Geography;",
                    "--linux-shortcut", "--linux-app-category", "science", "--linux-deb-maintainer",
                    "rectimap@localhost", "--linux-package-name", NAME));
        }
        // A subprocess, for its environment: gzip packs the .deb several times faster than dpkg-deb's default xz.
        args.add(0, Path.of(System.getProperty("java.home"), "bin", OS.contains("win") ? "jpackage.exe" : "jpackage")
                .toString());
        ProcessBuilder jpackage = new ProcessBuilder(args);
        jpackage.environment().put("DPKG_DEB_COMPRESSOR_TYPE", "gzip");
        run(jpackage, work.resolve("training").resolve("native.log"));
    }

    /** {@code --icon FILE} for this system (.png, .ico; a macOS .icns only when made there, see README.md). */
    private static List<String> icon() {
        Path icon = Path.of("src", "packaging", OS.contains("win") ? "rectimap.ico" : OS.contains("mac")
                ? "rectimap.icns" : "rectimap.png").toAbsolutePath();
        return Files.exists(icon) ? List.of("--icon", icon.toString()) : List.of();
    }

    private static Path appDir(Path image) {
        return OS.contains("mac") ? image.resolve("Contents/app") : image.resolve(OS.contains("win") ? "app"
                : "lib/app");
    }

    private static String java(Path runtime) {
        return runtime.resolve("bin").resolve(OS.contains("win") ? "java.exe" : "java").toString();
    }

    /** Runs a JDK tool in this JVM; its output is returned and, on failure, printed with the exit code. */
    private static String tool(String name, String... args) {
        StringWriter text = new StringWriter();
        PrintWriter out = new PrintWriter(text, true);
        int code = ToolProvider.findFirst(name).orElseThrow(() -> new IllegalStateException("no " + name
                + " in this JDK")).run(out, out, args);
        if (code != 0) {
            System.out.println(text);
            throw new IllegalStateException(name + " " + String.join(" ", args) + " failed (" + code + ")");
        }
        return text.toString();
    }

    private static void run(List<String> command, Path log) throws Exception {
        run(new ProcessBuilder(command), log);
    }

    private static void run(ProcessBuilder builder, Path log) throws Exception {
        Process process = builder.redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (!process.waitFor(300, TimeUnit.SECONDS) || process.exitValue() != 0) {
            process.destroyForcibly();
            System.out.println(Files.readString(log));
            throw new IllegalStateException("failed: " + String.join(" ", builder.command()));
        }
    }

    private static void step(String what, long start) {
        System.out.printf(Locale.ROOT, "[dist] %-48s done at %5.1f s%n", what, (System.nanoTime() - start) / 1e9);
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> tree = Files.walk(root)) {
            for (Path p : tree.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
