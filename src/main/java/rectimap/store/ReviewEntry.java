package rectimap.store;

import java.sql.Connection;
import java.sql.SQLException;
import rectimap.campaign.review.SiteMark;
import rectimap.campaign.review.VerdictRecord;

/** One record of the review history as the journal writes and the recovery journal keeps it: a verdict or a mark. */
sealed interface ReviewEntry {
    /** What writing it does, for messages ("recording verdict on 示范村:…"). */
    String action();

    /** Appends the record to its review table, inside the transaction the caller owns. */
    void appendTo(Connection connection) throws SQLException;

    /** A reviewer's verdict on a demonstration site. */
    record Verdict(VerdictRecord record) implements ReviewEntry {
        @Override
        public String action() {
            return "recording verdict on " + record.siteKey();
        }

        @Override
        public void appendTo(Connection connection) throws SQLException {
            ReviewRows.append(connection, record);
        }
    }

    /** A planner's mark or unmark of a demonstration site. */
    record Mark(SiteMark mark) implements ReviewEntry {
        @Override
        public String action() {
            return "marking " + mark.kind().label() + " " + mark.code();
        }

        @Override
        public void appendTo(Connection connection) throws SQLException {
            ReviewRows.append(connection, mark);
        }
    }
}
