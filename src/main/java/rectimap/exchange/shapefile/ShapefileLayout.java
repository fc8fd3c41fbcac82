package rectimap.exchange.shapefile;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import rectimap.exchange.CrsCertainty;
import rectimap.exchange.CrsGuess;
import rectimap.exchange.ExchangeException;
import rectimap.exchange.ExchangeProblem;
import rectimap.exchange.SourceCrs;
import rectimap.exchange.SourceSchema;
import rectimap.model.Field;

/**
 * Everything known about a Shapefile before its records are read, checked for consistency: the .shp and .shx
 * headers (magic number, version, stated against actual length), the .dbf header, the record counts of .shx and
 * .dbf, the encoding (chosen or detected, with a preview) and the CRS (chosen, from the .prj, or guessed from the
 * bounding box).
 */
record ShapefileLayout(ShapefileParts parts, ShpHeader shpHeader, DbfHeader dbfHeader, long recordCount,
                       DbfEncoding encoding, EncodingPreview preview, List<String> fieldNames, SourceSchema schema,
                       String crsUnsupported, MemoFile memo) {
    private static final long MAX_PRJ_BYTES = 1 << 16;

    static ShapefileLayout read(ShapefileParts parts, ShapefileOptions options) throws ExchangeException {
        ShpHeader shp = shpHeader(parts.shp(), "shp");
        ShpHeader shx = shpHeader(parts.shx(), "shx");
        long count = (shx.lengthBytes() - ShpHeader.SIZE) / 8;
        DbfHeader dbf = dbfHeader(parts.dbf());
        if (dbf.recordCount() != count) {
            throw new ExchangeException(ExchangeProblem.RECORD_COUNT_MISMATCH, parts.dbf(), "the .dbf holds "
                    + dbf.recordCount() + " records but the .shx indexes " + count + " shapes");
        }
        if (count == 0) {
            throw new ExchangeException(ExchangeProblem.EMPTY, parts.shp(), "the Shapefile holds no records");
        }
        try {
            DbfTextScan scan = DbfTextScan.of(parts.dbf(), dbf);
            Optional<String> cpg = parts.cpg().isPresent() ? Optional.of(text(parts.cpg().get(),
                    StandardCharsets.ISO_8859_1)) : Optional.empty();
            DbfEncoding encoding = options.encoding() != null ? DbfEncoding.chosen(options.encoding())
                    : DbfEncodingDetector.detect(cpg, dbf, scan);
            List<String> names = uniqueNames(dbf, encoding.charset());
            List<Field> fields = new ArrayList<>();
            for (int i = 0; i < names.size(); i++) {
                fields.add(new Field(names.get(i), dbf.fields().get(i).fieldType()));
            }
            PrjCrs.Reading crs = crs(parts, shp, options);
            SourceSchema schema = new SourceSchema(parts.layerName(), fields, shp.shapeType().kind(), crs.crs(),
                    encoding.charset().name(), count);
            MemoFile memo = parts.dbt().isPresent() ? new MemoFile(parts.dbt().get()) : null;
            return new ShapefileLayout(parts, shp, dbf, count, encoding, DbfEncodingDetector.preview(encoding, scan),
                    names, schema, crs.unsupported(), memo);
        } catch (IOException e) {
            throw new ExchangeException(ExchangeProblem.UNREADABLE, parts.dbf(), e.getMessage(), e);
        }
    }

    void closeMemo() {
        if (memo != null) {
            try {
                memo.close();
            } catch (IOException e) {
                // read-only; nothing lost
            }
        }
    }

    private static ShpHeader shpHeader(Path file, String part) throws ExchangeException {
        try (SequentialFile in = new SequentialFile(file)) {
            if (in.size() == 0) {
                throw new ExchangeException(part.equals("shp") ? ExchangeProblem.EMPTY : ExchangeProblem.TRUNCATED,
                        file, "the ." + part + " is empty (0 bytes)");
            }
            ByteBuffer bytes = in.read(ShpHeader.SIZE, ByteOrder.BIG_ENDIAN);
            if (bytes == null) {
                throw new ExchangeException(ExchangeProblem.TRUNCATED, file, "the ." + part + " is " + in.size()
                        + " bytes, shorter than its 100-byte header");
            }
            String problem = ShpHeader.problem(bytes);
            if (problem != null) {
                throw new ExchangeException(ExchangeProblem.CORRUPT_HEADER, file, problem);
            }
            ShpHeader header = ShpHeader.read(bytes);
            if (header.lengthBytes() > in.size()) {
                throw new ExchangeException(ExchangeProblem.TRUNCATED, file, "the header says " + header.lengthBytes()
                        + " bytes but the ." + part + " has " + in.size());
            }
            if (part.equals("shx") && (header.lengthBytes() - ShpHeader.SIZE) % 8 != 0) {
                throw new ExchangeException(ExchangeProblem.CORRUPT_HEADER, file, "the .shx length "
                        + header.lengthBytes() + " is not 100 + 8 bytes per record");
            }
            return header;
        } catch (IOException e) {
            throw new ExchangeException(ExchangeProblem.UNREADABLE, file, e.getMessage(), e);
        }
    }

    private static DbfHeader dbfHeader(Path file) throws ExchangeException {
        try (SequentialFile in = new SequentialFile(file)) {
            ByteBuffer prefix = in.read(DbfHeader.PREFIX, ByteOrder.LITTLE_ENDIAN);
            if (prefix == null) {
                throw new ExchangeException(in.size() == 0 ? ExchangeProblem.EMPTY : ExchangeProblem.TRUNCATED, file,
                        "the .dbf is " + in.size() + " bytes, shorter than its header");
            }
            int headerLength = DbfHeader.headerLength(prefix);
            if (headerLength < DbfHeader.PREFIX + DbfHeader.DESCRIPTOR + 1) {
                throw new ExchangeException(ExchangeProblem.CORRUPT_HEADER, file, "the header length "
                        + headerLength + " leaves no room for a field");
            }
            if (headerLength > in.size()) {
                throw new ExchangeException(ExchangeProblem.TRUNCATED, file, "the header says " + headerLength
                        + " bytes but the .dbf has " + in.size());
            }
            ByteBuffer whole = ByteBuffer.allocate(headerLength);
            whole.put(prefix).put(in.read(headerLength - DbfHeader.PREFIX, ByteOrder.LITTLE_ENDIAN)).flip();
            DbfHeader header;
            try {
                header = DbfHeader.parse(whole);
            } catch (IllegalArgumentException e) {
                throw new ExchangeException(ExchangeProblem.CORRUPT_HEADER, file, e.getMessage(), e);
            }
            long needed = headerLength + header.recordCount() * header.recordLength();
            if (needed > in.size()) {
                throw new ExchangeException(ExchangeProblem.TRUNCATED, file, "the header promises "
                        + header.recordCount() + " records of " + header.recordLength() + " bytes (" + needed
                        + " bytes) but the .dbf has " + in.size());
            }
            return header;
        } catch (IOException e) {
            throw new ExchangeException(ExchangeProblem.UNREADABLE, file, e.getMessage(), e);
        }
    }

    /** Field names as decoded, blanks named field_N and repeats suffixed _2, _3 (as GDAL does). */
    private static List<String> uniqueNames(DbfHeader dbf, Charset charset) {
        List<String> names = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < dbf.fields().size(); i++) {
            String name = dbf.fields().get(i).name(charset);
            name = name.isEmpty() ? "field_" + (i + 1) : name;
            String unique = name;
            for (int n = 2; !seen.add(unique.toLowerCase(java.util.Locale.ROOT)); n++) {
                unique = name + "_" + n;
            }
            names.add(unique);
        }
        return names;
    }

    private static PrjCrs.Reading crs(ShapefileParts parts, ShpHeader shp, ShapefileOptions options)
            throws IOException {
        if (options.epsg() > 0) {
            return new PrjCrs.Reading(new SourceCrs(options.epsg(), "EPSG:" + options.epsg(),
                    CrsCertainty.USER_CHOSEN), null);
        }
        if (parts.prj().isPresent() && Files.size(parts.prj().get()) <= MAX_PRJ_BYTES) {
            String wkt = text(parts.prj().get(), StandardCharsets.UTF_8);
            if (!wkt.isBlank()) {
                return PrjCrs.read(wkt);
            }
        }
        SourceCrs guess = CrsGuess.fromExtent(shp.bounds(), options.projectCentralMeridianDeg());
        return new PrjCrs.Reading(guess, null);
    }

    private static String text(Path file, Charset charset) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        return new String(bytes, 0, (int) Math.min(bytes.length, MAX_PRJ_BYTES), charset);
    }
}
