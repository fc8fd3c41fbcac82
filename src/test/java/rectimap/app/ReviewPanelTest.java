package rectimap.app;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;
import rectimap.campaign.review.Verdict;
import rectimap.campaign.review.VerdictRecord;
import rectimap.render.Viewport;
import rectimap.store.GeoPackageReviewArchive;
import rectimap.store.ProjectFile;
import rectimap.store.ProjectFiles;
import rectimap.ui.MainWindow;

/**
 * An official walks the demonstration sites in the real window (next/previous move the map), reads a site's plan
 * items and records a verdict; the verdict is in the project file afterwards.
 */
class ReviewPanelTest {
    @RegisterExtension
    static final SampleWindow sample = new SampleWindow();

    private String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    @Test
    void walkTheSitesAndRecordAVerdict(FxRobot robot, MainWindow window) throws Exception {
        sample.awaitEditingSession();
        robot.clickOn("#menuReport").clickOn("#menuReview");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(text(robot, "#reviewCounts")).contains("示范镇 3/3", "文化体验村 4/15", "美丽乡村示范村 0/8");
        assertThat(text(robot, "#reviewPosition")).isEqualTo("1 / 7");
        assertThat(text(robot, "#reviewSiteName")).isEqualTo("解州镇");
        TableView<?> items = robot.lookup("#reviewPlanItems").queryTableView();
        assertThat(items.getItems()).hasSize(8);
        assertThat(items.getColumns()).allSatisfy(c -> assertThat(c.isSortable()).isTrue());

        Viewport before = window.model().viewport();
        robot.clickOn("#reviewNext");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(text(robot, "#reviewPosition")).isEqualTo("2 / 7");
        assertThat(text(robot, "#reviewSiteName")).isEqualTo("龙居镇");
        assertThat(window.model().viewport().centerX()).as("the map follows to 龙居镇").isNotEqualTo(before.centerX());
        robot.clickOn("#reviewNext").clickOn("#reviewNext");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(text(robot, "#reviewSiteName")).isEqualTo("雷家坡村委会");
        robot.clickOn("#reviewPrevious").clickOn("#reviewPrevious").clickOn("#reviewPrevious");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(text(robot, "#reviewSiteName")).isEqualTo("解州镇");

        // The verdict starts as 待审 and cannot be recorded until one is chosen.
        ChoiceBox<Verdict> verdict = robot.lookup("#reviewVerdict").queryAs(ChoiceBox.class);
        assertThat(verdict.getValue()).isEqualTo(Verdict.PENDING);
        assertThat(robot.lookup("#reviewRecord").queryButton().isDisabled()).isTrue();
        assertThat(text(robot, "#reviewVerdictHint")).contains("请选择结论");
        assertThat(text(robot, "#reviewReviewer")).doesNotContain(System.getProperty("user.name"));
        robot.interact(() -> verdict.setValue(Verdict.RETURNED));
        assertThat(robot.lookup("#reviewRecord").queryButton().isDisabled()).isFalse();
        robot.clickOn("#reviewComment").write("墙面色彩方案待补");
        // The first verdict asks who signs it: name and unit, kept for this user.
        robot.clickOn("#reviewRecord");
        WaitForAsyncUtils.waitFor(10, java.util.concurrent.TimeUnit.SECONDS,
                () -> robot.lookup("#profileDialog").tryQuery().isPresent());
        robot.clickOn("#profileName").write("王审");
        robot.clickOn("#profileUnit").write("督导组");
        robot.clickOn("#profileOk");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(text(robot, "#reviewCurrentVerdict")).contains("退回修改");
        assertThat(text(robot, "#reviewReviewer")).isEqualTo("王审(督导组)");
        assertThat(verdict.getValue()).as("the next verdict is chosen again").isEqualTo(Verdict.PENDING);
        TableView<VerdictRecord> history = robot.lookup("#reviewHistory").queryTableView();
        assertThat(history.getItems()).extracting(VerdictRecord::comment).containsExactly("墙面色彩方案待补");
        // Asked once: the second verdict is signed without asking.
        robot.interact(() -> verdict.setValue(Verdict.APPROVED));
        robot.clickOn("#reviewRecord");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#profileDialog").tryQuery()).isEmpty();
        assertThat(history.getItems()).hasSize(2);
        assertThat(java.nio.file.Files.readString(sample.home().resolve("settings.properties"),
                java.nio.charset.StandardCharsets.UTF_8)).contains("profile.name");
        Screenshots.save(robot, window.stage(), "review-panel");

        robot.interact(() -> window.stage().close());
        try (ProjectFile file = ProjectFiles.openReadOnly(SampleProject.location())) {
            assertThat(GeoPackageReviewArchive.of(file).verdicts()).hasSize(2).first().satisfies(r -> {
                assertThat(r.siteName()).isEqualTo("解州镇");
                assertThat(r.verdict()).isEqualTo(Verdict.RETURNED);
                assertThat(r.reviewer()).isEqualTo("王审(督导组)");
            });
        }
    }
}
