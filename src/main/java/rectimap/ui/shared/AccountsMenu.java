package rectimap.ui.shared;

import java.util.Optional;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.stage.Window;
import rectimap.store.pg.PgAccountBook;
import rectimap.ui.Messages;

/**
 * File → 账户管理… ({@code #menuAccounts}): shown only while a shared project is open whose login manages its
 * accounts (the office's owner, {@link PgAccountBook#canManage}); opens the {@link AccountsDialog}. FX thread.
 */
public final class AccountsMenu {
    private final MenuItem item;
    private Optional<PgAccountBook> book = Optional.empty();

    private AccountsMenu(MenuItem item) {
        this.item = item;
    }

    /** Puts the (hidden) item in the File menu of {@code menus}, after its first items. */
    public static AccountsMenu addTo(MenuBar menus, Messages messages, Window owner) {
        MenuItem item = new MenuItem(messages.get("menu.file.accounts"));
        item.setId("menuAccounts");
        item.setVisible(false);
        AccountsMenu menu = new AccountsMenu(item);
        item.setOnAction(e -> menu.book.ifPresent(b -> AccountsDialog.show(owner, messages, b)));
        var items = menus.getMenus().get(0).getItems();
        items.add(Math.min(4, items.size()), item);
        return menu;
    }

    /** Shows the item for the project just opened when it offers account management, hides it otherwise. */
    public void show(Optional<PgAccountBook> accounts) {
        book = accounts;
        item.setVisible(accounts.isPresent());
    }
}
