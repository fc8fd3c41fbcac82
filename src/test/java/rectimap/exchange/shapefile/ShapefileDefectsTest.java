package rectimap.exchange.shapefile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import rectimap.exchange.CrsCertainty;
import rectimap.exchange.ExchangeException;
import rectimap.exchange.ExchangeProblem;
import rectimap.store.GdalTools;

/** Each kind of bad input gives an ExchangeException naming the file (and record) and what is wrong. */
class ShapefileDefectsTest {
    @TempDir
    Path folder;
    private Path shp;

    @BeforeEach
    void gdalFile() {
        shp = GdalShapefiles.make(folder, "t", "CP936", 4490, true, true);
    }

    private ExchangeException readFails() {
        return catchThrowableOfType(() -> {
            try (ShapefileSource source = ShapefileSource.open(shp)) {
                ShapefileSourceGdalTest.readAll(source);
            }
        }, ExchangeException.class);
    }

    private Path part(String extension) {
        return folder.resolve("t." + extension);
    }

    @Test
    void aTruncatedShpIsNamedAsTruncated() throws IOException {
        truncate(part("shp"), Files.size(part("shp")) / 2);
        ExchangeException e = readFails();
        assertThat(e.problem()).isEqualTo(ExchangeProblem.TRUNCATED);
        assertThat(e.file()).isEqualTo(part("shp"));
        assertThat(e.detail()).contains("header says");
    }

    @Test
    void aMissingDbfOrShxIsAMissingPart() throws IOException {
        Files.delete(part("dbf"));
        ExchangeException e = readFails();
        assertThat(e.problem()).isEqualTo(ExchangeProblem.MISSING_PART);
        assertThat(e.detail()).contains("t.dbf");
        shp = GdalShapefiles.make(folder, "u", "CP936", 4490, true, true);
        Files.delete(folder.resolve("u.shx"));
        assertThat(readFails().detail()).contains("u.shx");
    }

    @Test
    void aDbfWithFewerRecordsThanTheShxIsACountMismatch() throws IOException {
        putIntLe(part("dbf"), 4, GdalShapefiles.NAMES.length - 1);
        ExchangeException e = readFails();
        assertThat(e.problem()).isEqualTo(ExchangeProblem.RECORD_COUNT_MISMATCH);
        assertThat(e.detail()).contains(String.valueOf(GdalShapefiles.NAMES.length - 1))
                .contains(String.valueOf(GdalShapefiles.NAMES.length));
    }

    @Test
    void aWrongFileCodeIsACorruptHeader() throws IOException {
        try (FileChannel channel = FileChannel.open(part("shp"), StandardOpenOption.WRITE)) {
            channel.write(ByteBuffer.wrap(new byte[] {1, 2, 3, 4}), 0);
        }
        ExchangeException e = readFails();
        assertThat(e.problem()).isEqualTo(ExchangeProblem.CORRUPT_HEADER);
        assertThat(e.detail()).contains("9994");
    }

    @Test
    void aPointRecordInAPolygonFileIsMixedGeometryNamingTheRecord() throws IOException {
        long offset = shxOffsetOfRecord(2);
        putIntLe(part("shp"), offset + 8, 1);
        ExchangeException e = readFails();
        assertThat(e.problem()).isEqualTo(ExchangeProblem.MIXED_GEOMETRY);
        assertThat(e.record()).isEqualTo(2);
        assertThat(e.getMessage()).contains("record 3");
    }

    @Test
    void emptyFilesAreEmpty() throws IOException {
        Files.write(part("shp"), new byte[0]);
        assertThat(readFails().problem()).isEqualTo(ExchangeProblem.EMPTY);
        Path source = GdalShapefiles.geoJson(folder);
        Path none = folder.resolve("none.shp");
        GdalTools.ogr2ogr("-f", "ESRI Shapefile", "-where", "1 = 0", none.toString(), source.toString())
                .requireSuccess();
        shp = none;
        assertThat(readFails().problem()).isEqualTo(ExchangeProblem.EMPTY);
    }

    @Test
    void anUnknownPrjLeavesTheCrsToTheUserAndXian80IsRefusedWithItsName() throws Exception {
        Files.writeString(part("prj"), "PROJCS[\"Local_Grid\",GEOGCS[\"GCS_Unknown\"]]");
        try (ShapefileSource source = ShapefileSource.open(shp)) {
            assertThat(source.schema().crs().certainty()).isEqualTo(CrsCertainty.UNKNOWN);
            assertThat(source.schema().crs().description()).isEqualTo("Local_Grid");
        }
        Files.writeString(part("prj"), "PROJCS[\"Xian_1980_3_Degree_GK_CM_111E\",GEOGCS[\"GCS_Xian_1980\","
                + "DATUM[\"D_Xian_1980\",SPHEROID[\"Xian_1980\",6378140.0,298.257]]]]", StandardCharsets.UTF_8);
        ExchangeException e = readFails();
        assertThat(e.problem()).isEqualTo(ExchangeProblem.UNSUPPORTED_CRS);
        assertThat(e.detail()).contains("Xian 1980");
        assertThat(ShapefileSource.inspect(shp, ShapefileOptions.DETECT).crsUnsupported()).contains("Xian 1980");
    }

    private long shxOffsetOfRecord(int index) throws IOException {
        try (FileChannel channel = FileChannel.open(part("shx"), StandardOpenOption.READ)) {
            ByteBuffer entry = ByteBuffer.allocate(4).order(ByteOrder.BIG_ENDIAN);
            channel.read(entry, 100 + 8L * index);
            return entry.getInt(0) * 2L;
        }
    }

    static void putIntLe(Path file, long at, int value) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
            channel.write(ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN).putInt(0, value), at);
        }
    }

    static void truncate(Path file, long size) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
            channel.truncate(size);
        }
    }
}
