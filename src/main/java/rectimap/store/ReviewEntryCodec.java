package rectimap.store;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import rectimap.campaign.review.SiteKind;
import rectimap.campaign.review.SiteMark;
import rectimap.campaign.review.Verdict;
import rectimap.campaign.review.VerdictRecord;

/**
 * A {@link ReviewEntry} in the {@link RecoveryJournal}'s bytes: a type byte ({@link #VERDICT} or {@link #MARK}) then
 * its values as length-prefixed UTF-8 text, the enums by name and the time as ISO-8601. Stateless.
 */
final class ReviewEntryCodec {
    static final byte VERDICT = 3;
    static final byte MARK = 4;

    private ReviewEntryCodec() {
    }

    static void write(DataOutputStream out, ReviewEntry entry) throws IOException {
        if (entry instanceof ReviewEntry.Verdict verdict) {
            VerdictRecord record = verdict.record();
            out.writeByte(VERDICT);
            text(out, record.siteKey(), record.siteName(), record.verdict().name(), record.reviewer(),
                    record.recordedAt().toString(), record.comment());
        } else if (entry instanceof ReviewEntry.Mark marked) {
            SiteMark mark = marked.mark();
            out.writeByte(MARK);
            text(out, mark.kind().name(), mark.code(), mark.action().name(), mark.markedBy(),
                    mark.markedAt().toString());
        }
    }

    /** The entry of {@code type} (read before, one of this class's type bytes) whose values follow in {@code in}. */
    static ReviewEntry read(byte type, DataInputStream in) throws IOException {
        try {
            if (type == VERDICT) {
                return new ReviewEntry.Verdict(new VerdictRecord(text(in), text(in), Verdict.valueOf(text(in)),
                        text(in), Instant.parse(text(in)), text(in)));
            }
            return new ReviewEntry.Mark(new SiteMark(SiteKind.valueOf(text(in)), text(in),
                    SiteMark.MarkAction.valueOf(text(in)), text(in), Instant.parse(text(in))));
        } catch (IllegalArgumentException | java.time.format.DateTimeParseException e) {
            throw new IOException("a review record that this program does not understand: " + e.getMessage(), e);
        }
    }

    private static void text(DataOutputStream out, String... values) throws IOException {
        for (String value : values) {
            byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
            out.writeInt(bytes.length);
            out.write(bytes);
        }
    }

    private static String text(DataInputStream in) throws IOException {
        byte[] bytes = new byte[in.readInt()];
        in.readFully(bytes);
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
