package rectimap.ui.status;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import rectimap.model.JournalStatus;
import rectimap.model.StoreProblem;
import rectimap.ui.Messages;
import rectimap.ui.UiLanguage;

/** The status bar names why steps wait and the file, in both languages; nothing is claimed once all is written. */
class SavingStatusTextTest {
    private static final Path FILE = Path.of("/data/盐湖区 2026.gpkg");
    private final SavingStatusText zh = new SavingStatusText(new Messages(UiLanguage.ZH));
    private final SavingStatusText en = new SavingStatusText(new Messages(UiLanguage.EN));

    @Test
    void eachProblemIsNamedWithTheFileAndTheUnsavedCount() {
        assertThat(zh.of(new JournalStatus(FILE, 3, StoreProblem.LOCKED)))
                .startsWith("等待其他程序释放文件…").contains("未保存 3 步", "盐湖区 2026.gpkg");
        assertThat(zh.of(new JournalStatus(FILE, 2, StoreProblem.DISK_FULL)))
                .startsWith("磁盘已满").contains("未保存 2 步", FILE.toString());
        assertThat(zh.of(new JournalStatus(FILE, 1, StoreProblem.NO_WRITE_PERMISSION)))
                .startsWith("没有写入权限").contains("未保存 1 步", FILE.toString());
        assertThat(zh.of(new JournalStatus(FILE, 4, StoreProblem.WRITE_FAILED))).contains("未保存 4 步", FILE.toString());
        assertThat(en.of(new JournalStatus(FILE, 3, StoreProblem.LOCKED)))
                .startsWith("Waiting for another program to release the file").contains("3 steps", "盐湖区 2026.gpkg");
        assertThat(en.of(new JournalStatus(FILE, 2, StoreProblem.DISK_FULL))).startsWith("The disk is full");
        assertThat(en.of(new JournalStatus(FILE, 2, StoreProblem.NO_WRITE_PERMISSION))).startsWith("No write permission");
    }

    @Test
    void aSharedProjectOutOfReachIsShownAsOffline() {
        Path project = Path.of("campaign.campaign@10.0.0.5:5432");
        assertThat(zh.of(new JournalStatus(project, 2, StoreProblem.SERVER_UNREACHABLE)))
                .startsWith("离线").contains("未保存 2 步", "campaign.campaign@10.0.0.5:5432", "本机");
        assertThat(en.of(new JournalStatus(project, 2, StoreProblem.SERVER_UNREACHABLE)))
                .startsWith("Offline").contains("2 steps", "campaign.campaign@10.0.0.5:5432");
    }

    @Test
    void nothingIsShownWhenEveryStepIsWritten() {
        assertThat(zh.of(JournalStatus.saved(FILE))).isEmpty();
    }
}
