package rectimap.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RecentProjectsTest {
    @TempDir
    Path dir;

    @Test
    void mostRecentFirstOnceEachAtMostTenAndAMissingListIsEmpty() throws Exception {
        RecentProjects recent = new RecentProjects(dir.resolve("home/.rectimap/recent.txt"));
        assertThat(recent.list()).isEmpty();
        for (int i = 0; i < 12; i++) {
            recent.remember(dir.resolve("项目" + i + ".gpkg"));
        }
        recent.remember(dir.resolve("项目5.gpkg"));

        assertThat(recent.list()).hasSize(RecentProjects.LIMIT).first().isEqualTo(dir.resolve("项目5.gpkg"));
        assertThat(recent.list()).containsOnlyOnce(dir.resolve("项目5.gpkg"))
                .startsWith(dir.resolve("项目5.gpkg"), dir.resolve("项目11.gpkg"), dir.resolve("项目10.gpkg"))
                .doesNotContain(dir.resolve("项目0.gpkg"), dir.resolve("项目1.gpkg"));
        assertThat(new RecentProjects(dir.resolve("home/.rectimap/recent.txt")).list()).isEqualTo(recent.list());
        assertThat(Files.list(dir.resolve("home/.rectimap")).toList()).hasSize(1);
    }
}
