package rectimap.campaign.sample;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * One of the sample's small UTF-8 source tables ({@code data/*.csv}), read from the classpath copy under
 * {@code /rectimap/data/}. The tables hold no quoted fields: notes use the full-width comma ","; a row with the
 * wrong number of cells is rejected with a message naming the table and line.
 */
record CsvTable(String fileName, List<String> header, List<List<String>> rows) {

    /** Reads {@code fileName} (e.g. {@code yanhu_divisions.csv}); fails with a clear message if absent or malformed. */
    static CsvTable read(String fileName) {
        String resource = "/rectimap/data/" + fileName;
        try (InputStream in = CsvTable.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("sample table missing from the classpath: data/" + fileName);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<String> header = Arrays.asList(reader.readLine().split(",", -1));
            List<List<String>> rows = new ArrayList<>();
            String line;
            int lineNumber = 1;
            while ((line = reader.readLine()) != null) {
                lineNumber++;
                if (line.isBlank()) {
                    continue;
                }
                List<String> cells = Arrays.asList(line.split(",", -1));
                if (cells.size() != header.size()) {
                    throw new IllegalStateException("data/" + fileName + " line " + lineNumber + ": expected "
                            + header.size() + " cells, found " + cells.size());
                }
                rows.add(cells);
            }
            return new CsvTable(fileName, header, rows);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read sample table data/" + fileName, e);
        }
    }

    /** Maps each row, given as column name → cell, with {@code parser}. */
    <T> List<T> map(Function<Map<String, String>, T> parser) {
        return rows.stream()
                .map(row -> IntStream.range(0, header.size()).boxed()
                        .collect(Collectors.toMap(header::get, row::get)))
                .map(parser)
                .toList();
    }
}
