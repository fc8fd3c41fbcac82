package rectimap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import rectimap.store.Sqlite3;

/**
 * Every reading command on a project whose writer was killed mid-transaction (a real sqlite3 killed with SIGKILL,
 * leaving a hot journal): it rolls the unfinished write back, says so in one line, and does its work; nothing calls
 * it a write failure.
 */
class CrashedWriterCommandsTest {
    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"check", "render", "export", "report", "print"})
    void aReadingCommandRollsTheCrashedWriteBackAndWorks(String command) throws Exception {
        Path file = Files.copy(Path.of("maps", "yanhu-sample.gpkg"), dir.resolve("盐湖.gpkg"));
        Sqlite3.crashMidTransaction(file, "village");

        CliConsole cli = new CliConsole();
        int code = cli.run(arguments(command, file).toArray(String[]::new));

        assertThat(code).as(cli.err()).isZero();
        assertThat(cli.err().lines().toList()).singleElement().asString()
                .isEqualTo("已回滚上次未完成的写入：" + file + "。写入它的程序在保存途中中断，文件已恢复为最后一次完整保存的状态。");
        assertThat(cli.err() + cli.out()).doesNotContain("WRITE_FAILED", "无法写入", "READONLY");
        assertThat(file.resolveSibling(file.getFileName() + "-journal")).doesNotExist();
    }

    private List<String> arguments(String command, Path file) {
        List<String> args = new ArrayList<>(List.of(command, "--project", file.toString()));
        switch (command) {
            case "render" -> args.addAll(List.of("--out", dir.resolve("map.png").toString()));
            case "export" -> args.addAll(List.of("--layer", "village", "--format", "geojson", "--out",
                    dir.resolve("village.geojson").toString()));
            case "print" -> args.addAll(List.of("--out", dir.resolve("sheet.pdf").toString()));
            default -> { }
        }
        return args;
    }
}
