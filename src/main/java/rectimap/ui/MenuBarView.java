package rectimap.ui;

import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCombination;

/** The menu bar: 文件, 视图, 帮助. Actions are supplied by the window. */
final class MenuBarView extends MenuBar {

    /** What the menus do. */
    record Actions(Runnable open, Runnable exit, Runnable fullExtent, Runnable zoomIn, Runnable zoomOut,
                   Runnable zoomToLayer, Runnable zoomToScale, Runnable about) {
    }

    MenuBarView(Messages messages, Actions actions) {
        setId("menuBar");
        Menu file = new Menu(messages.get("menu.file"));
        file.setId("menuFile");
        file.getItems().addAll(
                item("menuOpen", messages.get("menu.file.open"), "Shortcut+O", actions.open()),
                new SeparatorMenuItem(),
                item("menuExit", messages.get("menu.file.exit"), "Shortcut+Q", actions.exit()));
        Menu view = new Menu(messages.get("menu.view"));
        view.setId("menuView");
        view.getItems().addAll(
                item("menuFullExtent", messages.get("menu.view.fullExtent"), "Shortcut+Shift+F", actions.fullExtent()),
                item("menuZoomIn", messages.get("menu.view.zoomIn"), null, actions.zoomIn()),
                item("menuZoomOut", messages.get("menu.view.zoomOut"), null, actions.zoomOut()),
                item("menuZoomToLayer", messages.get("menu.view.zoomToLayer"), null, actions.zoomToLayer()),
                item("menuZoomToScale", messages.get("menu.view.zoomToScale"), "Shortcut+Shift+S",
                        actions.zoomToScale()));
        Menu help = new Menu(messages.get("menu.help"));
        help.setId("menuHelp");
        help.getItems().add(item("menuAbout", messages.get("menu.help.about"), null, actions.about()));
        getMenus().addAll(file, view, help);
    }

    private static MenuItem item(String id, String text, String accelerator, Runnable action) {
        MenuItem item = new MenuItem(text);
        item.setId(id);
        if (accelerator != null) {
            item.setAccelerator(KeyCombination.keyCombination(accelerator));
        }
        item.setOnAction(e -> action.run());
        return item;
    }
}
