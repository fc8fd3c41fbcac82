package rectimap.ui.edit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.controlsfx.control.decoration.Decorator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import rectimap.campaign.planning.ResponsibilityAreaSchema;
import rectimap.ui.Messages;
import rectimap.ui.UiLanguage;

/** The attribute form for a freshly drawn 责任区, driven headless like a planner would. */
@ExtendWith(ApplicationExtension.class)
class AttributeFormViewTest {
    private AttributeFormView form;

    @Start
    void start(Stage stage) {
        AttributeFormModel model = new AttributeFormModel(ResponsibilityAreaSchema.schema().info(),
                FormFixtures.draft(FormFixtures.AREA_WKT), new Messages(UiLanguage.ZH));
        form = new AttributeFormView(model, FormPurpose.NEW, new Messages(UiLanguage.ZH));
        form.show();
    }

    @Test
    void anInvalidPhoneKeepsTheFormOpenWithTheReasonBesideItUntilFixed(FxRobot robot) {
        assertThat(form.getTitle()).isEqualTo("新建 责任区");
        assertThat(robot.lookup("#attributeForm").tryQuery()).isPresent();
        assertThat(robot.lookup("#field-kind").queryAs(javafx.scene.Node.class)).isInstanceOf(ComboBox.class);
        assertThat(robot.lookup("#field-since").queryAs(javafx.scene.Node.class)).isInstanceOf(DatePicker.class);
        assertThat(robot.lookup("#field-area_m2").queryAs(Label.class).getText()).contains(" m² / ").contains(" 亩 / ")
                .endsWith(" 公顷");
        robot.interact(() -> {
            robot.lookup("#field-kind").queryAs(ComboBox.class).setValue(ResponsibilityAreaSchema.KIND_LEADER_TOWNSHIP);
            robot.lookup("#field-person").queryAs(TextField.class).setText("王振华");
            robot.lookup("#field-township").queryAs(TextField.class).setText("解州镇");
        });
        robot.clickOn("#field-phone").write("12345");
        robot.clickOn("#field-since").write("2026-03-01");
        WaitForAsyncUtils.waitForFxEvents();

        TextField phone = robot.lookup("#field-phone").queryAs(TextField.class);
        Label error = robot.lookup("#error-phone").queryAs(Label.class);
        assertThat(error.isVisible()).isTrue();
        assertThat(error.getText()).startsWith("联系电话格式不正确");
        assertThat(Decorator.getDecorations(phone)).as("the ControlsFX error decoration").isNotEmpty();
        assertThat(phone.getStyleClass()).contains("field-invalid");
        assertThat(form.validation().getHighestMessage(phone)).hasValueSatisfying(
                m -> assertThat(m.getText()).startsWith("联系电话格式不正确"));
        assertThat(robot.lookup("#error-person").queryAs(Label.class).isVisible()).isFalse();
        assertThat(robot.lookup("#formOk").queryButton().isDisabled()).as("no saving while invalid").isTrue();
        Screenshots.save(robot, form.getDialogPane().getScene().getWindow(), "attribute-form-invalid-phone");
        robot.clickOn("#formOk");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(form.isShowing()).isTrue();

        robot.interact(phone::clear);
        assertThat(error.isVisible()).as("an optional phone may be empty").isFalse();
        assertThat(Decorator.getDecorations(phone)).isNullOrEmpty();
        robot.clickOn("#field-phone").write("0359-2688123");
        assertThat(robot.lookup("#formOk").queryButton().isDisabled()).isFalse();
        robot.clickOn("#formOk");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(form.isShowing()).isFalse();
        Map<String, Object> values = form.getResult();
        assertThat(values).containsEntry("kind", ResponsibilityAreaSchema.KIND_LEADER_TOWNSHIP)
                .containsEntry("person", "王振华").containsEntry("phone", "0359-2688123")
                .containsEntry("township", "解州镇").containsEntry("since", LocalDate.of(2026, 3, 1))
                .containsEntry("village", null).doesNotContainKeys("area_m2", "area_mu");
    }

    @Test
    void aNewFormSaysWhatIsMissingAndCancelReturnsNothing(FxRobot robot) {
        assertThat(robot.lookup("#formOk").queryButton().isDisabled()).isTrue();
        assertThat(robot.lookup("#error-kind").queryAs(Label.class).getText()).isEqualTo("责任类型必须填写");
        assertThat(robot.lookup("#error-person").queryAs(Label.class).getText()).isEqualTo("责任人必须填写");
        assertThat(robot.lookup("#field-kind").queryAs(ComboBox.class).isFocused()).isTrue();
        Screenshots.save(robot, form.getDialogPane().getScene().getWindow(), "attribute-form-new");
        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(form.isShowing()).isFalse();
        assertThat(form.getResult()).isNull();
    }
}
