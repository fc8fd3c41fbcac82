package rectimap.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import rectimap.campaign.review.SiteKind;
import rectimap.campaign.review.SiteMark;
import rectimap.campaign.review.Verdict;
import rectimap.campaign.review.VerdictRecord;

/**
 * The demonstration-review tables, created on the first record (a project never reviewed has none):
 * {@code rectimap_review_verdict} — one row per verdict (site key, site name, verdict label 待审/通过/退回修改,
 * reviewer, UTC time ISO-8601, comment), never updated; {@code rectimap_demonstration_mark} — one row per planner's
 * mark or unmark of a demonstration site (kind label, code, MARK/UNMARK, who, when). Plain text columns so the
 * history reads in any SQLite tool; not registered in gpkg_contents (like the undo history, see
 * {@link ProjectTables}), so GDAL lists neither as a layer. Callers own the transaction.
 */
public final class ReviewRows {
    static final String VERDICTS = HiddenTableNames.PREFIX + "review_verdict";
    static final String MARKS = HiddenTableNames.PREFIX + "demonstration_mark";

    private ReviewRows() {
    }

    static void ensure(Connection connection) throws SQLException {
        try (Statement sql = connection.createStatement()) {
            sql.execute("CREATE TABLE IF NOT EXISTS " + VERDICTS + " (fid INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,"
                    + " site_key TEXT NOT NULL, site_name TEXT, verdict TEXT NOT NULL, reviewer TEXT,"
                    + " recorded_at TEXT NOT NULL, comment TEXT)");
            sql.execute("CREATE TABLE IF NOT EXISTS " + MARKS + " (fid INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,"
                    + " site_kind TEXT NOT NULL, code TEXT NOT NULL, action TEXT NOT NULL, marked_by TEXT,"
                    + " marked_at TEXT NOT NULL)");
        }
    }

    static void append(Connection connection, VerdictRecord verdict) throws SQLException {
        insert(connection, VERDICTS, List.of("site_key", "site_name", "verdict", "reviewer", "recorded_at", "comment"),
                verdict.siteKey(), verdict.siteName(), verdict.verdict().label(), verdict.reviewer(),
                verdict.recordedAt().toString(), verdict.comment());
    }

    static void append(Connection connection, SiteMark mark) throws SQLException {
        insert(connection, MARKS, List.of("site_kind", "code", "action", "marked_by", "marked_at"),
                mark.kind().label(), mark.code(), mark.action().name(), mark.markedBy(), mark.markedAt().toString());
    }

    /** Every verdict in recording order; rows with an unknown verdict label are skipped (a newer program's). */
    static List<VerdictRecord> verdicts(Connection connection) throws SQLException {
        return exists(connection, VERDICTS) ? verdicts(connection, VERDICTS) : List.of();
    }

    /**
     * Every verdict of {@code table} (a verdict table as above, which must exist; its name as SQL, quoted where it
     * needs it — a shared project's schema-qualified copy) in recording order; unknown verdict labels skipped.
     */
    public static List<VerdictRecord> verdicts(Connection connection, String table) throws SQLException {
        return select(connection, table, "site_key, site_name, verdict, reviewer, recorded_at, comment",
                rows -> {
                    String siteKey = rows.getString(1);
                    String siteName = rows.getString(2);
                    String reviewer = rows.getString(4);
                    Instant at = Instant.parse(rows.getString(5));
                    String comment = rows.getString(6);
                    return Verdict.fromLabel(rows.getString(3))
                            .map(v -> new VerdictRecord(siteKey, siteName, v, reviewer, at, comment));
                });
    }

    /** Every site mark in recording order; rows with an unknown kind or action are skipped. */
    static List<SiteMark> marks(Connection connection) throws SQLException {
        return exists(connection, MARKS) ? marks(connection, MARKS) : List.of();
    }

    /** Every site mark of {@code table} (which must exist; SQL name as for {@link #verdicts(Connection, String)}). */
    public static List<SiteMark> marks(Connection connection, String table) throws SQLException {
        return select(connection, table, "site_kind, code, action, marked_by, marked_at", rows -> {
            String code = rows.getString(2);
            String action = rows.getString(3);
            String by = rows.getString(4);
            Instant at = Instant.parse(rows.getString(5));
            if (!action.equals("MARK") && !action.equals("UNMARK")) {
                return Optional.empty();
            }
            return SiteKind.fromLabel(rows.getString(1))
                    .map(kind -> new SiteMark(kind, code, SiteMark.MarkAction.valueOf(action), by, at));
        });
    }

    /** One row of a review table as a record, or empty for a row this program does not understand. */
    private interface RowReader<T> {
        Optional<T> read(ResultSet row) throws SQLException;
    }

    /** Appends one row of text {@code values} to {@code table} (created first if the project has none). */
    private static void insert(Connection connection, String table, List<String> columns, String... values)
            throws SQLException {
        ensure(connection);
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO " + table + " ("
                + String.join(", ", columns) + ") VALUES (" + String.join(", ", java.util.Collections.nCopies(
                columns.size(), "?")) + ")")) {
            for (int i = 0; i < values.length; i++) {
                insert.setString(i + 1, values[i]);
            }
            insert.executeUpdate();
        }
    }

    /** Every row of {@code table} in recording order that {@code reader} understands. */
    private static <T> List<T> select(Connection connection, String table, String columns, RowReader<T> reader)
            throws SQLException {
        List<T> records = new ArrayList<>();
        try (Statement sql = connection.createStatement();
                ResultSet rows = sql.executeQuery("SELECT " + columns + " FROM " + table + " ORDER BY fid")) {
            while (rows.next()) {
                reader.read(rows).ifPresent(records::add);
            }
        }
        return records;
    }

    private static boolean exists(Connection connection, String table) throws SQLException {
        return HiddenTableNames.readable(connection, table);
    }
}
