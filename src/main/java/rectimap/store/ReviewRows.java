package rectimap.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
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
final class ReviewRows {
    static final String VERDICTS = "rectimap_review_verdict";
    static final String MARKS = "rectimap_demonstration_mark";

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
        ensure(connection);
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO " + VERDICTS
                + " (site_key, site_name, verdict, reviewer, recorded_at, comment) VALUES (?, ?, ?, ?, ?, ?)")) {
            insert.setString(1, verdict.siteKey());
            insert.setString(2, verdict.siteName());
            insert.setString(3, verdict.verdict().label());
            insert.setString(4, verdict.reviewer());
            insert.setString(5, verdict.recordedAt().toString());
            insert.setString(6, verdict.comment());
            insert.executeUpdate();
        }
    }

    static void append(Connection connection, SiteMark mark) throws SQLException {
        ensure(connection);
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO " + MARKS
                + " (site_kind, code, action, marked_by, marked_at) VALUES (?, ?, ?, ?, ?)")) {
            insert.setString(1, mark.kind().label());
            insert.setString(2, mark.code());
            insert.setString(3, mark.action().name());
            insert.setString(4, mark.markedBy());
            insert.setString(5, mark.markedAt().toString());
            insert.executeUpdate();
        }
    }

    /** Every verdict in recording order; rows with an unknown verdict label are skipped (a newer program's). */
    static List<VerdictRecord> verdicts(Connection connection) throws SQLException {
        List<VerdictRecord> records = new ArrayList<>();
        if (!exists(connection, VERDICTS)) {
            return records;
        }
        try (Statement sql = connection.createStatement(); ResultSet rows = sql.executeQuery("SELECT site_key,"
                + " site_name, verdict, reviewer, recorded_at, comment FROM " + VERDICTS + " ORDER BY fid")) {
            while (rows.next()) {
                String siteKey = rows.getString(1);
                String siteName = rows.getString(2);
                String reviewer = rows.getString(4);
                Instant at = Instant.parse(rows.getString(5));
                String comment = rows.getString(6);
                Verdict.fromLabel(rows.getString(3)).ifPresent(v -> records.add(
                        new VerdictRecord(siteKey, siteName, v, reviewer, at, comment)));
            }
        }
        return records;
    }

    /** Every site mark in recording order; rows with an unknown kind or action are skipped. */
    static List<SiteMark> marks(Connection connection) throws SQLException {
        List<SiteMark> marks = new ArrayList<>();
        if (!exists(connection, MARKS)) {
            return marks;
        }
        try (Statement sql = connection.createStatement(); ResultSet rows = sql.executeQuery("SELECT site_kind,"
                + " code, action, marked_by, marked_at FROM " + MARKS + " ORDER BY fid")) {
            while (rows.next()) {
                String code = rows.getString(2);
                String action = rows.getString(3);
                String by = rows.getString(4);
                Instant at = Instant.parse(rows.getString(5));
                SiteKind.fromLabel(rows.getString(1)).ifPresent(kind -> {
                    if (action.equals("MARK") || action.equals("UNMARK")) {
                        marks.add(new SiteMark(kind, code, SiteMark.MarkAction.valueOf(action), by, at));
                    }
                });
            }
        }
        return marks;
    }

    private static boolean exists(Connection connection, String table) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = ?")) {
            query.setString(1, table);
            try (ResultSet row = query.executeQuery()) {
                return row.getInt(1) == 1;
            }
        }
    }
}
