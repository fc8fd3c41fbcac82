package rectimap.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The training run's command lines: split at each {@code --then}, in order, empty ones dropped. */
class ClassPreloadTest {

    @Test
    void commandLinesAreSplitAtEachThen() {
        assertThat(ClassPreload.commands(List.of("render", "--out", "x.png", "--then", "print", "--atlas", "township",
                "--then", "--then", "export", "--layer", "village"))).containsExactly(
                List.of("render", "--out", "x.png"), List.of("print", "--atlas", "township"),
                List.of("export", "--layer", "village"));
        assertThat(ClassPreload.commands(List.of("render", "--out", "x.png")))
                .containsExactly(List.of("render", "--out", "x.png"));
        assertThat(ClassPreload.commands(List.of())).isEmpty();
    }
}
