package rectimap.ui;

import java.util.Optional;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
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
        TextField address = new TextField(lastAddress);
        address.setId("sharedAddress");
        address.setPromptText("postgresql://用户@主机:5432/数据库?schema=campaign");
        address.setPrefColumnCount(40);
        PasswordField password = new PasswordField();
        password.setId("sharedPassword");
        password.setPromptText(messages.get("shared.passwordPrompt"));
        return new FormDialog(owner, messages, "sharedProjectDialog", "shared.title", "shared.header")
                .row("shared.address", address).row("shared.password", password).okId("sharedOpen")
                .ask(() -> address.getText().strip()).filter(typed -> !typed.isEmpty())
                .map(typed -> new Answer(typed,
                        password.getText().isEmpty() ? null : password.getText().toCharArray()));
    }
}
