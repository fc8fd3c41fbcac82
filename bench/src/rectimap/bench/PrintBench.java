package rectimap.bench;

import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import rectimap.campaign.ProjectAssembler;
import rectimap.campaign.sample.SamplePlanning;
import rectimap.campaign.sample.SampleStyles;
import rectimap.exchange.AtomicFileWrite;
import rectimap.model.Layer;
import rectimap.model.MapLayer;
import rectimap.model.Project;
import rectimap.print.AtlasPlan;
import rectimap.print.AtlasWriter;
import rectimap.print.PreparedSheet;
import rectimap.print.SheetContent;
import rectimap.print.SheetElement;
import rectimap.print.SheetExtent;
import rectimap.print.SheetPdfWriter;
import rectimap.print.SheetSpec;
import rectimap.store.AccessMode;
import rectimap.store.GeoPackageStore;

/**
 * Printing the sample: one A3 landscape township sheet (解州镇, every part incl. inset and table) prepared and written
 * as PDF to disk, median of 7 after 2 warm-up runs (plus the very first, cold, with font loading); then the
 * 22-township atlas as one PDF, median of 3, with the JVM's peak heap during the atlas. Run: {@code bench/run print}.
 */
public final class PrintBench {

    private PrintBench() {
    }

    public static void main(String[] args) throws Exception {
        Path sample = Path.of("maps", "yanhu-sample.gpkg");
        long loadStart = System.nanoTime();
        SheetContent content = SheetContent.of(project(sample));
        System.out.printf("load sample + project for display: %.0f ms%n", ms(loadStart));
        Path dir = Files.createTempDirectory("print-bench");
        SheetSpec sheet = SheetSpec.of(new SheetExtent.DivisionExtent("解州镇"))
                .withElements(java.util.EnumSet.allOf(SheetElement.class)).withCompilingUnit("盐湖区整治办",
                        java.time.LocalDate.of(2026, 11, 29));
        Path one = dir.resolve("jiezhou.pdf");
        long cold = System.nanoTime();
        writeSheet(sheet, content, one);
        System.out.printf("A3 township sheet, first (cold: fonts, classes): %.0f ms%n", ms(cold));
        double[] times = new double[9];
        for (int i = 0; i < times.length; i++) {
            long start = System.nanoTime();
            writeSheet(sheet, content, one);
            times[i] = ms(start);
        }
        double[] measured = Arrays.copyOfRange(times, 2, times.length);
        Arrays.sort(measured);
        System.out.printf("A3 township sheet (prepare + PDF to disk): median %.0f ms, min %.0f, max %.0f; %,d bytes%n",
                measured[measured.length / 2], measured[0], measured[measured.length - 1], Files.size(one));
        AtlasPlan plan = new AtlasPlan(AtlasPlan.Kind.TOWNSHIPS, "", SheetSpec.of(new SheetExtent.DistrictExtent()),
                AtlasPlan.Split.ONE_FILE);
        Path atlas = dir.resolve("atlas.pdf");
        System.gc();
        resetPeaks();
        double[] atlasTimes = new double[3];
        for (int i = 0; i < atlasTimes.length; i++) {
            long start = System.nanoTime();
            AtlasPlan.Part part = plan.parts(content).get(0);
            AtomicFileWrite.write(atlas, out -> {
                try {
                    AtlasWriter.write(part, content, out);
                } catch (rectimap.print.SheetException e) {
                    throw new java.io.IOException(e);
                }
            });
            atlasTimes[i] = ms(start);
        }
        Arrays.sort(atlasTimes);
        System.out.printf("22-township atlas, A3, one PDF (%d cores): median %.0f ms, min %.0f, max %.0f; %,d bytes;"
                        + " peak heap %.0f MB%n", Runtime.getRuntime().availableProcessors(), atlasTimes[1],
                atlasTimes[0], atlasTimes[2], Files.size(atlas), peakHeapMb());
        Files.delete(one);
        Files.delete(atlas);
        Files.delete(dir);
    }

    private static void writeSheet(SheetSpec spec, SheetContent content, Path target) throws Exception {
        PreparedSheet prepared = PreparedSheet.prepare(spec, content);
        AtomicFileWrite.write(target, (OutputStream out) -> SheetPdfWriter.write(List.of(prepared), out));
    }

    private static Project project(Path sample) {
        Project reference;
        try (GeoPackageStore store = GeoPackageStore.open(sample, AccessMode.READ_ONLY)) {
            reference = ProjectAssembler.assemble(sample, store);
        }
        List<MapLayer> layers = new ArrayList<>(reference.layers());
        for (Layer planning : SamplePlanning.generate(reference.layers().stream().map(MapLayer::layer).toList())) {
            layers.add(new MapLayer(planning, SampleStyles.forTableOrDefault(planning.tableName(),
                    planning.info().type().geometryKind()), true, 1.0));
        }
        return reference.withLayers(layers);
    }

    private static void resetPeaks() {
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    private static double peakHeapMb() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak / 1e6;
    }

    private static double ms(long start) {
        return (System.nanoTime() - start) / 1e6;
    }
}
