package rectimap.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.Statement;
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
 * that township account, opening the project, has no such menu item. The dialog's database calls run off the FX
 * thread: with the accounts table locked by another session the dialog still opens, its busy indicator turning, and
 * a stopped server is one sentence in the dialog.
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
        awaitIdle(robot);
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

    @Test
    void theDatabaseIsCalledOffTheFxThreadAndAStoppedServerIsOneSentence(FxRobot robot) throws Exception {
        PublishedSample shared = fixture.publish();
        shared.officeAccount("王五", "wang-pw");
        fixture.open(shared, PgCluster.SUPERUSER);
        MenuItem accounts = menuItem(robot, "menuAccounts");
        try (Connection other = shared.cluster().superuser(shared.database()); Statement lock = other.createStatement()) {
            other.setAutoCommit(false);
            lock.execute("LOCK TABLE campaign.rectimap_account IN ACCESS EXCLUSIVE MODE");
            Platform.runLater(accounts::fire);
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#accountsDialog").tryQuery()
                    .isPresent());
            WaitForAsyncUtils.waitForFxEvents();
            assertThat(robot.lookup("#accountsBusy").query().isVisible()).as("busy while the table is locked").isTrue();
            assertThat(robot.lookup("#accountAdd").queryButton().isDisabled()).isTrue();
            other.rollback();
        }
        awaitIdle(robot);
        TableView<PgAccountBook.Account> table = robot.lookup("#accountsTable").queryTableView();
        assertThat(table.getItems()).extracting(PgAccountBook.Account::name).contains("王五");

        shared.cluster().stop("fast");
        try {
            type(robot, "#accountName", "赵六");
            type(robot, "#accountPassword", "zhao-pw");
            robot.interact(() -> robot.lookup("#accountKind").queryAs(javafx.scene.control.ChoiceBox.class)
                    .setValue(rectimap.store.pg.AccountKind.READ_ONLY));
            press(robot, "#accountAdd");
            assertThat(robot.lookup("#accountsProblem").queryAs(Label.class).getText())
                    .startsWith("无法连接共享项目的数据库服务器").doesNotContain("Exception");
            DialogPane pane = robot.lookup("#accountsDialog").query();
            Screenshots.save(robot, (Stage) pane.getScene().getWindow(), "shared-accounts-server-stopped");
            robot.interact(() -> ((Stage) pane.getScene().getWindow()).close());
        } finally {
            shared.cluster().start();
        }
    }

    /** Presses the button and waits until the dialog's database call is over. */
    private static void press(FxRobot robot, String query) throws Exception {
        javafx.scene.control.Button button = robot.lookup(query).queryButton();
        robot.interact(button::fire);
        awaitIdle(robot);
    }

    private static void awaitIdle(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !robot.lookup("#accountsBusy").query().isVisible());
        WaitForAsyncUtils.waitForFxEvents();
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
