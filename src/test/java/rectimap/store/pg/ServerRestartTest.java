package rectimap.store.pg;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 16 point 6 on a real server: 5 clients stream edits while the server is stopped with {@code -m immediate}
 * and restarted on the same port; every acknowledged edit is there exactly once, none fails. Two trials here (the
 * bench runs 20: {@code bench/run shared}).
 */
class ServerRestartTest {
    @TempDir
    Path dir;

    @Test
    void fiveClientsLoseAndDuplicateNothingAcrossImmediateRestarts() throws Exception {
        PublishedSample sample = PublishedSample.create(dir);
        for (int trial = 1; trial <= 2; trial++) {
            RestartTrial.Outcome outcome = RestartTrial.run(sample.cluster(), sample.address(PgCluster.SUPERUSER),
                    dir.resolve("outboxes"), trial, 5, 40);
            assertThat(outcome.acknowledged()).as("trial %d: %s", trial, outcome).isEqualTo(5 * 40);
            assertThat(outcome.clean()).as("trial %d: %s", trial, outcome).isTrue();
        }
    }
}
