package rectimap.store.pg;

import java.nio.file.Path;
import rectimap.campaign.sample.SamplePlanning;
import rectimap.campaign.sample.YanhuSample;
import rectimap.store.AccessMode;
import rectimap.store.GeoPackageStore;
import rectimap.store.ProjectFile;
import rectimap.store.ProjectFiles;

/**
 * The committed sample with its planning layers, made into a project file in {@code dir} and published into a new
 * database of the test cluster (schema {@code campaign}); what shared-project tests start from.
 */
public record PublishedSample(PgCluster cluster, String database, Path file) {

    public static PublishedSample create(Path dir) {
        PgCluster cluster = PgCluster.shared();
        Path file = dir.resolve("campaign.gpkg");
        try (ProjectFile project = ProjectFiles.createFromSample(Path.of("maps", "yanhu-sample.gpkg"), file,
                SamplePlanning.generate(YanhuSample.generate()))) {
            project.journal().orElseThrow().close();
        }
        PublishedSample sample = new PublishedSample(cluster, cluster.createDatabase(), file);
        try (GeoPackageStore gpkg = GeoPackageStore.open(file, AccessMode.READ_ONLY);
                PgPool pool = PgPool.open(sample.address(PgCluster.SUPERUSER), null, 2)) {
            PgPublish.publish(gpkg, pool);
        }
        return sample;
    }

    /**
     * Makes {@code name} an office account of this project with {@code password} (kept in the cluster's .pgpass).
     * Roles belong to the cluster, not the database: a name an earlier test of this JVM added is secured here too.
     */
    public void officeAccount(String name, String password) {
        try (PgFeatureStore owner = PgFeatureStore.open(address(PgCluster.SUPERUSER), null)) {
            boolean exists = owner.inTransaction("looking for " + name, c -> PgAccess.roleExists(c, name));
            if (exists) {
                owner.inTransaction("securing " + name, c -> {
                    PgAccess.secure(c, "campaign", owner.layers());
                    return null;
                });
            } else {
                PgAccounts.add(owner, name, AccountKind.OFFICE, null, password.toCharArray());
            }
        }
        cluster.rememberPassword(name, password);
    }

    /**
     * Makes {@code name} a township account of {@code township} in this project with {@code password} (kept in the
     * cluster's .pgpass); a role an earlier test of this JVM made gets this database's membership row.
     */
    public void townshipAccount(String name, String township, String password) {
        try (PgFeatureStore owner = PgFeatureStore.open(address(PgCluster.SUPERUSER), null)) {
            if (owner.inTransaction("looking for " + name, c -> PgAccess.roleExists(c, name))) {
                owner.inTransaction("adding " + name, c -> {
                    try (java.sql.PreparedStatement add = c.prepareStatement("INSERT INTO campaign."
                            + PgAccess.ACCOUNTS + " (role_name, kind, township) VALUES (?, 'TOWNSHIP', ?)")) {
                        add.setString(1, name);
                        add.setString(2, township);
                        add.executeUpdate();
                    }
                    return null;
                });
            } else {
                PgAccounts.add(owner, name, AccountKind.TOWNSHIP, township, password.toCharArray());
            }
        }
        cluster.rememberPassword(name, password);
    }

    /**
     * Takes out of the project what a version before the photos lacked (the photo tables, the 照片 layer's table,
     * their functions, the change log's {@code changes} column), as the superuser: the layout of a project
     * published by that earlier version, which its owner's next opening upgrades.
     */
    public void makeOutdated() throws java.sql.SQLException {
        try (java.sql.Connection admin = cluster.superuser(database); java.sql.Statement s = admin.createStatement()) {
            String mappings;
            try (java.sql.ResultSet rs = s.executeQuery("SELECT string_agg(format('campaign.%I', tablename), ', ')"
                    + " FROM pg_tables WHERE schemaname = 'campaign' AND tablename LIKE 'rectimap\\_photos\\_of\\_%'")) {
                rs.next();
                mappings = rs.getString(1);
            }
            s.execute("DROP TABLE " + mappings + ", campaign.rectimap_photos, campaign.gpkgext_relations,"
                    + " campaign.photo, campaign.rectimap_photo_links_removed, campaign.rectimap_photos_removed CASCADE");
            s.execute("DROP FUNCTION campaign.rectimap_photo_mine, campaign.rectimap_photo_layer_ready,"
                    + " campaign.rectimap_photos_aside, campaign.rectimap_photos_back CASCADE");
            s.execute("ALTER TABLE campaign.rectimap_step DROP COLUMN changes");
        }
    }

    public PgAddress address(String user) {
        return PgAddress.parse(cluster.url(user, database) + "?schema=campaign");
    }
}
