package rectimap.ui;

import java.util.Optional;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;

/**
 * File → 打开共享项目…: asks for a shared project's address and, optionally, its password (left empty, the password
 * is looked up in .pgpass / PGPASSFILE). The password is handed over as characters and kept nowhere by this dialog.
 * Asked again after a failed opening, it says why above the fields ({@code #sharedProblem}).
 */
final class SharedProjectDialog {
    /** What the user typed: the address and the password (null when left empty). */
    record Answer(String address, char[] password) {
    }

    private SharedProjectDialog() {
    }

    /** Asks, {@code lastAddress} filled in; {@code problem} (why the last opening failed) shown when not empty. */
    static Optional<Answer> ask(Window owner, Messages messages, String lastAddress, String problem) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(messages.get("shared.title"));
        dialog.setHeaderText(messages.get("shared.header"));
        dialog.getDialogPane().setId("sharedProjectDialog");
        TextField address = new TextField(lastAddress);
        address.setId("sharedAddress");
        address.setPromptText("postgresql://用户@主机:5432/数据库?schema=campaign");
        address.setPrefColumnCount(40);
        PasswordField password = new PasswordField();
        password.setId("sharedPassword");
        password.setPromptText(messages.get("shared.passwordPrompt"));
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(8);
        int row = 0;
        if (!problem.isEmpty()) {
            Label why = new Label(problem);
            why.setId("sharedProblem");
            why.setWrapText(true);
            why.setMaxWidth(560);
            grid.add(why, 0, row++, 2, 1);
        }
        grid.addRow(row++, new Label(messages.get("shared.address")), address);
        grid.addRow(row, new Label(messages.get("shared.password")), password);
        dialog.getDialogPane().setContent(grid);
        ButtonType ok = DialogButtons.ok(messages);
        dialog.getDialogPane().getButtonTypes().addAll(ok, DialogButtons.cancel(messages));
        dialog.getDialogPane().lookupButton(ok).setId("sharedOpen");
        return dialog.showAndWait().filter(b -> b == ok && !address.getText().isBlank())
                .map(b -> new Answer(address.getText().strip(),
                        password.getText().isEmpty() ? null : password.getText().toCharArray()));
    }
}
