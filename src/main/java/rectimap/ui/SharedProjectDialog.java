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
 */
final class SharedProjectDialog {
    /** What the user typed: the address and the password (null when left empty). */
    record Answer(String address, char[] password) {
    }

    private SharedProjectDialog() {
    }

    static Optional<Answer> ask(Window owner, Messages messages, String lastAddress) {
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
        grid.addRow(0, new Label(messages.get("shared.address")), address);
        grid.addRow(1, new Label(messages.get("shared.password")), password);
        dialog.getDialogPane().setContent(grid);
        ButtonType ok = DialogButtons.ok(messages);
        dialog.getDialogPane().getButtonTypes().addAll(ok, DialogButtons.cancel(messages));
        dialog.getDialogPane().lookupButton(ok).setId("sharedOpen");
        return dialog.showAndWait().filter(b -> b == ok && !address.getText().isBlank())
                .map(b -> new Answer(address.getText().strip(),
                        password.getText().isEmpty() ? null : password.getText().toCharArray()));
    }
}
