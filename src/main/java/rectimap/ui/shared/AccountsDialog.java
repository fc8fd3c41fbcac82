package rectimap.ui.shared;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
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
import rectimap.ui.edit.DialogTheme;

/**
 * The office's accounts dialog (账户管理…, shown only to the project's owner): the accounts with role, township and
 * whether they may log in; add one (name, role, township for a township account, password), disable or enable the
 * selected one, set a new password for it. The database enforces what each account may do; this dialog only manages
 * them. Passwords are handed to the driver as characters and the field is cleared after use. FX thread.
 */
public final class AccountsDialog {
    private final Messages messages;
    private final PgAccountBook book;
    private final TableView<Account> table = new TableView<>();
    private final Label problem = new Label();

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
        add.setOnAction(e -> act(() -> {
            if (name.getText().isBlank() || password.getText().isEmpty()) {
                throw new IllegalArgumentException(messages.get("accounts.dialog.nameAndPassword"));
            }
            boolean town = kind.getValue() == AccountKind.TOWNSHIP;
            if (town && township.getText().isBlank()) {
                throw new IllegalArgumentException(messages.get("accounts.dialog.townshipNeeded"));
            }
            String account = name.getText().strip();
            String place = town ? township.getText().strip() : null;
            try {
                book.add(account, kind.getValue(), place, take(password));
            } catch (PgAccounts.Refused refused) {
                throw new IllegalArgumentException(messages.format("accounts." + refused.reason().name(), account,
                        place == null ? "" : place));
            }
            name.clear();
        }));
        Button toggle = button("accountToggle", "accounts.dialog.toggle");
        toggle.setOnAction(e -> selected().ifPresent(a -> act(() -> book.setEnabled(a.name(), !a.enabled()))));
        Button reset = button("accountResetPassword", "accounts.dialog.resetPassword");
        reset.setOnAction(e -> selected().ifPresent(a -> act(() -> {
            if (password.getText().isEmpty()) {
                throw new IllegalArgumentException(messages.get("accounts.dialog.passwordNeeded"));
            }
            book.resetPassword(a.name(), take(password));
            problem.setText(messages.format("accounts.dialog.passwordSet", a.name()));
        })));
        GridPane form = new GridPane();
        form.setHgap(8);
        form.setVgap(6);
        form.addRow(0, new Label(messages.get("accounts.dialog.name")), name,
                new Label(messages.get("accounts.dialog.kind")), kind);
        form.addRow(1, new Label(messages.get("accounts.dialog.township")), township,
                new Label(messages.get("accounts.dialog.password")), password);
        problem.setId("accountsProblem");
        problem.setWrapText(true);
        dialog.getDialogPane().setContent(new VBox(10, table, new HBox(8, toggle, reset), form, add, problem));
        dialog.getDialogPane().getButtonTypes().add(new ButtonType(messages.get("accounts.dialog.close"),
                javafx.scene.control.ButtonBar.ButtonData.CANCEL_CLOSE));
        refresh();
        dialog.showAndWait();
    }

    private java.util.Optional<Account> selected() {
        Account account = table.getSelectionModel().getSelectedItem();
        if (account == null) {
            problem.setText(messages.get("accounts.dialog.chooseOne"));
        }
        return java.util.Optional.ofNullable(account);
    }

    /** Runs {@code work}, then lists the accounts again; a refusal is one sentence under the form. */
    private void act(Runnable work) {
        problem.setText("");
        try {
            work.run();
        } catch (IllegalArgumentException e) {
            problem.setText(e.getMessage());
        } catch (StoreException e) {
            problem.setText(messages.sentence(e));
        }
        refresh();
    }

    private void refresh() {
        table.getItems().setAll(book.list());
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
        return button;
    }

    private static TextField field(String id) {
        TextField field = new TextField();
        field.setId(id);
        return field;
    }
}
