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

    public PgAddress address(String user) {
        return PgAddress.parse(cluster.url(user, database) + "?schema=campaign");
    }
}
