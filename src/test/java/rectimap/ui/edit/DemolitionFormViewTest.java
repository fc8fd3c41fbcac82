package rectimap.ui.edit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import rectimap.campaign.planning.DemolitionSiteSchema;
import rectimap.model.Feature;
import rectimap.ui.Messages;
import rectimap.ui.UiLanguage;

/** Editing a noticed demolition site in the English UI: numbers with units, a due date that follows the deadline. */
@ExtendWith(ApplicationExtension.class)
class DemolitionFormViewTest {
    private AttributeFormView form;

    @Start
    void start(Stage stage) {
        Map<String, Object> attributes = new LinkedHashMap<>();
        attributes.put("status", "公告");
        attributes.put("notice_date", LocalDate.of(2026, 4, 1));
        attributes.put("deadline_days", 15L);
        attributes.put("building_m2", 86.5);
        attributes.put("location", "解州镇东街 12 号");
        Feature site = new Feature(7, FormFixtures.wkt("POINT (110.9 34.93)"), attributes);
        Messages english = new Messages(UiLanguage.EN);
        form = new AttributeFormView(new AttributeFormModel(DemolitionSiteSchema.schema().info(), site, english),
                FormPurpose.EDIT, english);
        form.show();
    }

    @Test
    void theDueDateFollowsTheDeadlineAndANonNumberIsRefused(FxRobot robot) {
        assertThat(form.getTitle()).isEqualTo("Edit 拆违点");
        assertThat(robot.lookup("#unit-deadline_days").queryAs(Label.class).getText()).isEqualTo("天");
        assertThat(robot.lookup("#field-building_m2").queryAs(TextField.class).getText()).isEqualTo("86.5");
        Label due = robot.lookup("#field-due_date").queryAs(Label.class);
        assertThat(due.getText()).isEqualTo("2026-04-16");

        robot.interact(() -> robot.lookup("#field-deadline_days").queryAs(TextField.class).setText("30"));
        assertThat(due.getText()).isEqualTo("2026-05-01");
        robot.interact(() -> robot.lookup("#field-building_m2").queryAs(TextField.class).setText("eighty"));
        robot.clickOn("#formOk");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(form.isShowing()).isTrue();
        assertThat(robot.lookup("#error-building_m2").queryAs(Label.class).getText())
                .isEqualTo("Building area is not a number");
        Screenshots.save(robot, form.getDialogPane().getScene().getWindow(), "attribute-form-demolition-en");

        robot.interact(() -> robot.lookup("#field-building_m2").queryAs(TextField.class).setText("92"));
        robot.clickOn("#formOk");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(form.isShowing()).isFalse();
        assertThat(form.getResult()).containsEntry("deadline_days", 30L).containsEntry("building_m2", 92.0)
                .containsEntry("due_date", LocalDate.of(2026, 5, 1)).containsEntry("status", "公告")
                .doesNotContainKey("area_m2");
    }
}
