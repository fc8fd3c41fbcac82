package rectimap.store.pg;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;

/** The test cluster starts, has PostGIS, and takes passwords from its .pgpass file (psql and JDBC alike). */
class PgClusterTest {

    @Test
    void startsWithPostgisAndPasswordsFromPgpass() throws Exception {
        PgCluster cluster = PgCluster.shared();
        String db = cluster.createDatabase();
        try (Connection c = cluster.superuser(db); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT postgis_lib_version(), current_setting('server_version_num')")) {
            rs.next();
            assertThat(rs.getString(1)).startsWith("3.");
            assertThat(rs.getInt(2)).isBetween(150000, 159999);
        }
        PgCluster.Result psql = cluster.psql(PgCluster.SUPERUSER, db, "SELECT 'st_' || ST_AsText(ST_Point(1, 2))");
        assertThat(psql.exitCode()).as(psql.output()).isZero();
        assertThat(psql.output()).contains("st_POINT(1 2)");
    }
}
