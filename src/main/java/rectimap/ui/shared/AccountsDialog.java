package rectimap.ui.shared;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import javafx.util.StringConverter;
import rectimap.model.StoreException;
import rectimap.store.pg.AccountKind;
import rectimap.store.pg.PgAccountBook;
import rectimap.store.pg.PgAccountBook.Account;
import rectimap.store.pg.PgAccounts;
import rectimap.ui.Messages;
import rectimap.ui.OneShotTask;
import rectimap.ui.edit.DialogTheme;

/**
 * The office's accounts dialog (账户管理…, shown only to the project's owner): the accounts with role, township and
 * whether they may log in; add one (name, role, township for a township account, password), disable or enable the
 * selected one, set a new password for it. The database enforces what each account may do; this dialog only manages
 * them. Passwords are handed to the driver as characters and the field is cleared after use. The database calls
 * run off the FX thread, one at a time ({@link OneShotTask}): meanwhile {@code #accountsBusy} turns and the buttons
 * wait; a failure (server out of reach, no permission) is one sentence under the form. FX thread.
 */
public final class AccountsDialog {
    private final Messages messages;
    private final PgAccountBook book;
    private final TableView<Account> table = new TableView<>();
    private final Label problem = new Label();
    private final ProgressIndicator busy = new ProgressIndicator();
    private final List<Button> actions = new ArrayList<>();

    private AccountsDialog(Messages messages, PgAccountBook book) {
        this.messages = messages;
        this.book = book;
    }

    /** Opens the dialog on {@code book}'s project and waits until it is closed. */
    public static void show(Window owner, Messages messages, PgAccountBook book) {
        new AccountsDialog(messages, book).showAndWait(owner);
    }

    private void showAndWait(Window owner) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(messages.get("accounts.dialog.title"));
        dialog.getDialogPane().setId("accountsDialog");
        DialogTheme.applyTo(dialog.getDialogPane(), DialogTheme.FontScope.OWN_WINDOW);
        table.setId("accountsTable");
        table.getColumns().add(column("accounts.dialog.name", Account::name));
        table.getColumns().add(column("accounts.dialog.kind", a -> messages.get("accounts.kind." + a.kind().name())));
        table.getColumns().add(column("accounts.dialog.township", a -> a.township() == null ? "" : a.township()));
        table.getColumns().add(column("accounts.dialog.state", a -> messages.get(a.enabled()
                ? "accounts.dialog.enabled" : "accounts.dialog.disabled")));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPrefHeight(220);
        TextField name = field("accountName");
        ChoiceBox<AccountKind> kind = new ChoiceBox<>();
        kind.setId("accountKind");
        kind.getItems().addAll(AccountKind.values());
        kind.setValue(AccountKind.TOWNSHIP);
        kind.setConverter(new StringConverter<>() {
            @Override
            public String toString(AccountKind k) {
                return k == null ? "" : messages.get("accounts.kind." + k.name());
            }

            @Override
            public AccountKind fromString(String text) {
                return null;
            }
        });
        TextField township = field("accountTownship");
        township.setPromptText("解州镇");
        PasswordField password = new PasswordField();
        password.setId("accountPassword");
        Button add = button("accountAdd", "accounts.dialog.add");
        add.setOnAction(e -> {
            boolean town = kind.getValue() == AccountKind.TOWNSHIP;
            if (name.getText().isBlank() || password.getText().isEmpty()) {
                problem.setText(messages.get("accounts.dialog.nameAndPassword"));
            } else if (town && township.getText().isBlank()) {
                problem.setText(messages.get("accounts.dialog.townshipNeeded"));
            } else {
                String account = name.getText().strip();
                String place = town ? township.getText().strip() : null;
                AccountKind chosen = kind.getValue();
                char[] secret = take(password);
                act(() -> {
                    try {
                        book.add(account, chosen, place, secret);
                    } catch (PgAccounts.Refused refused) {
                        throw new IllegalArgumentException(messages.format("accounts." + refused.reason().name(),
                                account, place == null ? "" : place));
                    }
                }, name::clear);
            }
        });
        Button toggle = button("accountToggle", "accounts.dialog.toggle");
        toggle.setOnAction(e -> selected().ifPresent(a -> act(() -> book.setEnabled(a.name(), !a.enabled()),
                () -> { })));
        Button reset = button("accountResetPassword", "accounts.dialog.resetPassword");
        reset.setOnAction(e -> selected().ifPresent(a -> {
            if (password.getText().isEmpty()) {
                problem.setText(messages.get("accounts.dialog.passwordNeeded"));
                return;
            }
            char[] secret = take(password);
            act(() -> book.resetPassword(a.name(), secret),
                    () -> problem.setText(messages.format("accounts.dialog.passwordSet", a.name())));
        }));
        GridPane form = new GridPane();
        form.setHgap(8);
        form.setVgap(6);
        form.addRow(0, new Label(messages.get("accounts.dialog.name")), name,
                new Label(messages.get("accounts.dialog.kind")), kind);
        form.addRow(1, new Label(messages.get("accounts.dialog.township")), township,
                new Label(messages.get("accounts.dialog.password")), password);
        problem.setId("accountsProblem");
        problem.setWrapText(true);
        problem.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        busy.setId("accountsBusy");
        busy.setPrefSize(22, 22);
        busy.setVisible(false);
        dialog.getDialogPane().setContent(new VBox(10, table, new HBox(8, toggle, reset), form, new HBox(8, add, busy),
                problem));
        dialog.getDialogPane().getButtonTypes().add(new ButtonType(messages.get("accounts.dialog.close"),
                javafx.scene.control.ButtonBar.ButtonData.CANCEL_CLOSE));
        act(() -> { }, () -> { });
        dialog.showAndWait();
    }

    private java.util.Optional<Account> selected() {
        Account account = table.getSelectionModel().getSelectedItem();
        if (account == null) {
            problem.setText(messages.get("accounts.dialog.chooseOne"));
        }
        return java.util.Optional.ofNullable(account);
    }

    /**
     * Runs {@code call} and lists the accounts again, both off the FX thread; then shows them and runs {@code after}.
     * A refusal or failure is one sentence under the form.
     */
    private void act(Runnable call, Runnable after) {
        problem.setText("");
        setBusy(true);
        OneShotTask.start("rectimap-accounts", () -> {
            call.run();
            return book.list();
        }, accounts -> {
            setBusy(false);
            table.getItems().setAll(accounts);
            after.run();
        }, failure -> {
            setBusy(false);
            problem.setText(sentence(failure));
        });
    }

    private void setBusy(boolean running) {
        busy.setVisible(running);
        actions.forEach(button -> button.setDisable(running));
    }

    private String sentence(Throwable failure) {
        if (failure instanceof IllegalArgumentException refused) {
            return refused.getMessage();
        }
        if (failure instanceof StoreException e) {
            return e.problem() == rectimap.model.StoreProblem.PERMISSION_DENIED
                    ? messages.withDatabaseReason(messages.format("accounts.dialog.PERMISSION_DENIED", e.file(),
                            e.subject()), e)
                    : messages.sentence(e);
        }
        return messages.format("accounts.dialog.failed", book.project());
    }

    private static char[] take(PasswordField field) {
        char[] password = field.getText().toCharArray();
        field.clear();
        return password;
    }

    private TableColumn<Account, String> column(String key, java.util.function.Function<Account, String> text) {
        TableColumn<Account, String> column = new TableColumn<>(messages.get(key));
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(text.apply(cell.getValue())));
        return column;
    }

    private Button button(String id, String key) {
        Button button = new Button(messages.get(key));
        button.setId(id);
        actions.add(button);
        return button;
    }

    private static TextField field(String id) {
        TextField field = new TextField();
        field.setId(id);
        return field;
    }
}
