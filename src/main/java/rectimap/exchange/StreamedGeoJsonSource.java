package rectimap.exchange;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.locationtech.jts.geom.Envelope;
import rectimap.exchange.encoding.TextEvidence;

/**
 * A GeoJSON FeatureCollection read in two passes with one feature in memory at a time, so a file of a million
 * features imports in a small heap. {@link #open} walks the whole file ({@link GeoJsonSurvey}): syntax errors
 * (TRUNCATED, CORRUPT, naming the record when inside "features") fail there, before anything is written; the
 * schema is what the whole-file reader ({@link GeoJsonSource#openWhole}) would infer. {@link #next} reads the file
 * again, one record per call, with the same values and faults. The encoding is the one given, else UTF-8 when a
 * full first pass decodes it strictly, else what {@link Utf8ByDefault} decides (a certain GB18030 or
 * ENCODING_UNSURE), as the whole-file reader does. Files that are not a
 * FeatureCollection object are read whole. Not thread-safe; the caller closes it.
 */
final class StreamedGeoJsonSource implements FeatureSource {
    private final Path file;
    private final SourceSchema schema;
    private final Reader reader;
    private final JsonStream json;
    private final int featuresMember;
    private final GeoJsonGeometry geometries = new GeoJsonGeometry();
    private boolean positioned;
    private boolean done;
    private long next;

    private StreamedGeoJsonSource(Path file, SourceSchema schema, Charset charset, int featuresMember)
            throws IOException {
        this.file = file;
        this.schema = schema;
        this.featuresMember = featuresMember;
        this.reader = reader(file, charset, CodingErrorAction.REPLACE);
        this.json = new JsonStream(reader);
        this.done = schema.countOrMinusOne() == 0;
    }

    /**
     * Checks and surveys {@code file}; a FeatureCollection is streamed, anything else parsed whole. The text is read
     * in {@code given} when not null; else in UTF-8 when it decodes strictly, else as {@link Utf8ByDefault} decides
     * (a certain GB18030, or ENCODING_UNSURE).
     */
    static FeatureSource open(Path file, Charset given) throws ExchangeException {
        try {
            return given != null ? open(file, given, CodingErrorAction.REPLACE)
                    : open(file, StandardCharsets.UTF_8, CodingErrorAction.REPORT);
        } catch (CharacterCodingException notUtf8) {
            TextEvidence evidence = Utf8ByDefault.evidence(file);
            if (hasBom(file)) {
                throw Utf8ByDefault.refusal(file, evidence);
            }
            try {
                return open(file, Utf8ByDefault.undeclared(file, evidence), CodingErrorAction.REPORT);
            } catch (CharacterCodingException e) {
                throw Utf8ByDefault.refusal(file, evidence);
            }
        }
    }

    private static FeatureSource open(Path file, Charset charset, CodingErrorAction onMalformed)
            throws ExchangeException, CharacterCodingException {
        GeoJsonSurvey survey = new GeoJsonSurvey();
        try (Reader reader = reader(file, charset, onMalformed)) {
            JsonStream json = new JsonStream(reader);
            try {
                if (!survey.walk(json) || !survey.isFeatureCollection()) {
                    return GeoJsonSource.openWhole(file, onMalformed == CodingErrorAction.REPLACE ? charset : null);
                }
            } catch (JsonSyntax.Flaw flaw) {
                json.drain(); // a bad byte further on means another encoding, as for the whole file
                throw new ExchangeException(flaw.truncated ? ExchangeProblem.TRUNCATED : ExchangeProblem.CORRUPT,
                        file, survey.recordAt(), "not valid JSON: " + flaw.getMessage());
            }
            return new StreamedGeoJsonSource(file, survey.schema(file, charset.name()), charset,
                    survey.featuresMember());
        } catch (CharacterCodingException notThisEncoding) {
            throw notThisEncoding;
        } catch (IOException e) {
            throw ExchangeException.unreadable(file, e);
        }
    }

    @Override
    public SourceSchema schema() {
        return schema;
    }

    @Override
    public SourceRecord next() throws ExchangeException {
        if (done) {
            return null;
        }
        long index = next;
        Object feature;
        try {
            if (!positioned) {
                positionAtFeatures();
            }
            feature = json.value();
            done = !json.more(']');
        } catch (JsonSyntax.Flaw flaw) {
            done = true;
            throw new ExchangeException(flaw.truncated ? ExchangeProblem.TRUNCATED : ExchangeProblem.CORRUPT, file,
                    index, "not valid JSON (the file changed since it was checked): " + flaw.getMessage());
        } catch (IOException e) {
            done = true;
            throw new ExchangeException(ExchangeProblem.CORRUPT, file, index, "cannot read: " + e.getMessage(), e);
        }
        next++;
        ParsedRecord record = GeoJsonSource.record(feature, geometries, new Envelope());
        return ParsedSource.typed(file, index, record, schema.fields());
    }

    @Override
    public void close() {
        try {
            reader.close();
        } catch (IOException e) {
            // only read from: nothing is lost when closing fails
        }
    }

    /** Skips the members before the "features" the survey used, and its '['. */
    private void positionAtFeatures() throws IOException, JsonSyntax.Flaw {
        json.expect('{');
        int seen = 0;
        while (true) {
            String member = json.memberName();
            if ("features".equals(member) && ++seen == featuresMember) {
                json.expect('[');
                positioned = true;
                return;
            }
            json.skipValue();
            if (!json.more('}')) {
                throw new JsonSyntax.Flaw("no \"features\" array any more", json.offset(), true);
            }
        }
    }

    private static boolean hasBom(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(3);
            return head.length == 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB
                    && (head[2] & 0xFF) == 0xBF;
        } catch (IOException e) {
            return false; // opening it again reports the problem
        }
    }

    /** The text of {@code file} in {@code charset}, after a UTF-8 BOM; malformed bytes as {@code onMalformed} says. */
    private static Reader reader(Path file, Charset charset, CodingErrorAction onMalformed) throws IOException {
        InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
        if (charset.equals(StandardCharsets.UTF_8) && hasBom(file)) {
            in.skipNBytes(3);
        }
        return new InputStreamReader(in, charset.newDecoder().onMalformedInput(onMalformed)
                .onUnmappableCharacter(onMalformed));
    }
}
