package rectimap.ui.edit;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.matcher.control.LabeledMatchers;
import org.testfx.util.WaitForAsyncUtils;
import rectimap.ui.Messages;
import rectimap.ui.UiLanguage;
import rectimap.ui.edit.ShortcutsSheetView.ShortcutLine;

/** Help → 快捷键 as the user sees it. */
@ExtendWith(ApplicationExtension.class)
class ShortcutsSheetViewTest {
    private ShortcutsSheetView sheet;

    @Start
    void start(Stage stage) {
        sheet = new ShortcutsSheetView(new Messages(UiLanguage.ZH));
        sheet.show();
    }

    @Test
    void listsUndoAsCtrlZWithEveryShortcut(FxRobot robot) {
        assertThat(sheet.getTitle()).isEqualTo("快捷键");
        TableView<?> table = robot.lookup("#shortcutsSheet #shortcutsTable").queryAs(TableView.class);
        assertThat(table.getItems()).hasSize(Shortcuts.all().size());
        assertThat(sheet.lines()).contains(new ShortcutLine("编辑", "Ctrl+Z", "撤销"),
                new ShortcutLine("编辑", "Ctrl+Shift+Z", "重做"), new ShortcutLine("编辑", "Ctrl+Y", "重做"),
                new ShortcutLine("绘制与节点", "Enter / 双击", "完成绘制"));
        int undo = sheet.lines().indexOf(new ShortcutLine("编辑", "Ctrl+Z", "撤销"));
        robot.interact(() -> table.scrollTo(undo));
        assertThat(robot.lookup(LabeledMatchers.hasText("Ctrl+Z")).tryQuery()).as("the Ctrl+Z cell is drawn")
                .isPresent();
        Screenshots.save(robot, sheet.getDialogPane().getScene().getWindow(), "shortcuts-sheet");
        robot.clickOn("#shortcutsClose");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(sheet.isShowing()).isFalse();
    }

    @Test
    void theEnglishSheetReadsEnglish() throws Exception {
        ShortcutsSheetView english = WaitForAsyncUtils.asyncFx(() -> new ShortcutsSheetView(
                new Messages(UiLanguage.EN))).get();
        assertThat(english.getTitle()).isEqualTo("Keyboard shortcuts");
        assertThat(english.lines()).contains(new ShortcutLine("Edit", "Ctrl+Z", "Undo"),
                new ShortcutLine("Tools", "Shift+click", "Add to or remove from the selection"));
    }
}
