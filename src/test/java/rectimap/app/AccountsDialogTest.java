package rectimap.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;
import rectimap.store.pg.PgAccountBook;
import rectimap.store.pg.PgCluster;
import rectimap.store.pg.PublishedSample;
import rectimap.ui.MainWindow;

/**
 * The office's accounts dialog on a real cluster: the project's owner sees File → 账户管理…, adds a township account,
 * disables and enables it and sets a new password (the database's roles change, and the new password logs in);
 * that township account, opening the project, has no such menu item.
 */
class AccountsDialogTest {
    private static final String LI = "李四";
    @RegisterExtension
    static final SharedWindowFixture fixture = new SharedWindowFixture();

    @Test
    void theOwnerManagesAccountsAndATownshipAccountSeesNoSuchMenu(FxRobot robot) throws Exception {
        PublishedSample shared = fixture.publish();
        MainWindow window = fixture.window();
        MenuItem accounts = menuItem(robot, "menuAccounts");
        assertThat(accounts.isVisible()).as("hidden for a project file").isFalse();
        fixture.open(shared, PgCluster.SUPERUSER);
        assertThat(accounts.isVisible()).isTrue();

        Platform.runLater(accounts::fire);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#accountsDialog").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        type(robot, "#accountName", LI);
        type(robot, "#accountTownship", "解州镇");
        type(robot, "#accountPassword", "li-pw-1");
        press(robot, "#accountAdd");
        TableView<PgAccountBook.Account> table = robot.lookup("#accountsTable").queryTableView();
        assertThat(table.getItems()).extracting(PgAccountBook.Account::name, PgAccountBook.Account::township,
                PgAccountBook.Account::enabled).containsExactly(org.assertj.core.groups.Tuple.tuple(LI, "解州镇", true));
        assertThat(canLogIn(shared)).isTrue();

        robot.interact(() -> table.getSelectionModel().select(0));
        press(robot, "#accountToggle");
        assertThat(canLogIn(shared)).as("disabled").isFalse();
        robot.interact(() -> table.getSelectionModel().select(0));
        press(robot, "#accountToggle");
        assertThat(canLogIn(shared)).as("enabled again").isTrue();
        robot.interact(() -> table.getSelectionModel().select(0));
        type(robot, "#accountPassword", "li-pw-2");
        press(robot, "#accountResetPassword");
        assertThat(robot.lookup("#accountsProblem").queryAs(Label.class).getText()).contains(LI);
        DialogPane pane = robot.lookup("#accountsDialog").query();
        Screenshots.save(robot, (Stage) pane.getScene().getWindow(), "shared-accounts-dialog");
        robot.interact(() -> ((Stage) pane.getScene().getWindow()).close());

        shared.cluster().rememberPassword(LI, "li-pw-2");
        try (Connection li = shared.cluster().connect(LI, shared.database())) {
            assertThat(li.isValid(5)).as("the new password logs in").isTrue();
        }
        fixture.open(shared, LI);
        assertThat(accounts.isVisible()).as("a township account manages no accounts").isFalse();
    }

    private static void type(FxRobot robot, String query, String text) {
        javafx.scene.control.TextInputControl field = robot.lookup(query).query();
        robot.interact(() -> field.setText(text));
    }

    private static void press(FxRobot robot, String query) {
        javafx.scene.control.Button button = robot.lookup(query).queryButton();
        robot.interact(button::fire);
    }

    private static MenuItem menuItem(FxRobot robot, String id) {
        MenuBar bar = robot.lookup(".menu-bar").queryAs(MenuBar.class);
        return bar.getMenus().stream().flatMap(m -> m.getItems().stream()).filter(i -> id.equals(i.getId()))
                .findFirst().orElseThrow();
    }

    private static boolean canLogIn(PublishedSample shared) throws Exception {
        return Boolean.TRUE.equals(SharedWindowFixture.query(shared,
                "SELECT rolcanlogin FROM pg_roles WHERE rolname = ?", LI));
    }
}
