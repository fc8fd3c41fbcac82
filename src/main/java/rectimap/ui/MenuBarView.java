package rectimap.ui;

import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCombination;

/**
 * The menu bar: 文件, 编辑, 视图, the campaign's own menus ({@link #addBeforeHelp}), 帮助. Actions are supplied by the
 * window.
 */
final class MenuBarView extends MenuBar {

    /** What the menus do. */
    record Actions(Runnable newProject, Runnable saveAs, java.util.function.Supplier<java.util.List<java.nio.file.Path>> recent,
                   java.util.function.Consumer<java.nio.file.Path> openRecent, Runnable open, Runnable exit, Runnable fullExtent, Runnable zoomIn, Runnable zoomOut,
                   Runnable zoomToLayer, Runnable zoomToScale, Runnable about, Runnable undo, Runnable redo,
                   Runnable delete, Runnable merge, Runnable toggleSnapping, Runnable typedCoordinates,
                   Runnable acceptRepair, Runnable shortcuts, Runnable print, Runnable importFile,
                   Runnable exportLayer, Runnable addRaster, Runnable openShared) {
    }

    private final Messages messages;
    private final MenuItem undo;
    private final MenuItem redo;

    MenuBarView(Messages messages, Actions actions) {
        this.messages = messages;
        setId("menuBar");
        Menu file = new Menu(messages.get("menu.file"));
        file.setId("menuFile");
        Menu recent = new Menu(messages.get("menu.file.recent"));
        recent.setId("menuRecent");
        // Filled when opened, so it lists what the last session and this one opened.
        recent.setOnShowing(e -> {
            recent.getItems().clear();
            for (java.nio.file.Path path : actions.recent().get()) {
                MenuItem entry = new MenuItem(path.toString());
                entry.setMnemonicParsing(false);
                entry.setOnAction(a -> actions.openRecent().accept(path));
                recent.getItems().add(entry);
            }
            if (recent.getItems().isEmpty()) {
                MenuItem none = new MenuItem(messages.get("menu.file.recentNone"));
                none.setDisable(true);
                recent.getItems().add(none);
            }
        });
        recent.getItems().add(new MenuItem(messages.get("menu.file.recentNone")));
        file.getItems().addAll(
                item("menuNew", messages.get("menu.file.new"), "Shortcut+N", actions.newProject()),
                item("menuAddRaster", messages.get("menu.file.addRaster"), null, actions.addRaster()),
                item("menuOpen", messages.get("menu.file.open"), "Shortcut+O", actions.open()),
                item("menuOpenShared", messages.get("menu.file.openShared"), null, actions.openShared()),
                item("menuSaveAs", messages.get("menu.file.saveAs"), "Shortcut+Shift+S", actions.saveAs()),
                recent,
                new SeparatorMenuItem(),
                item("menuPrint", messages.get("menu.file.print"), "Shortcut+P", actions.print()),
                item("menuImport", messages.get("menu.file.import"), "Shortcut+I", actions.importFile()),
                item("menuExport", messages.get("menu.file.export"), "Shortcut+E", actions.exportLayer()),
                new SeparatorMenuItem(),
                item("menuExit", messages.get("menu.file.exit"), "Shortcut+Q", actions.exit()));
        Menu view = new Menu(messages.get("menu.view"));
        view.setId("menuView");
        view.getItems().addAll(
                item("menuFullExtent", messages.get("menu.view.fullExtent"), "Shortcut+Shift+F", actions.fullExtent()),
                item("menuZoomIn", messages.get("menu.view.zoomIn"), null, actions.zoomIn()),
                item("menuZoomOut", messages.get("menu.view.zoomOut"), null, actions.zoomOut()),
                item("menuZoomToLayer", messages.get("menu.view.zoomToLayer"), null, actions.zoomToLayer()),
                item("menuZoomToScale", messages.get("menu.view.zoomToScale"), "Shortcut+Shift+B",
                        actions.zoomToScale()));
        Menu edit = new Menu(messages.get("menu.edit"));
        edit.setId("menuEdit");
        undo = item("menuUndo", messages.get("edit.undo"), "Shortcut+Z", actions.undo());
        redo = item("menuRedo", messages.get("edit.redo"), "Shortcut+Shift+Z", actions.redo());
        edit.getItems().addAll(undo, redo, new SeparatorMenuItem(),
                item("menuDelete", messages.get("edit.delete"), "Delete", actions.delete()),
                item("menuMerge", messages.get("edit.merge"), "Shortcut+M", actions.merge()),
                item("menuSnap", messages.get("edit.snapToggle"), null, actions.toggleSnapping()),
                item("menuTyped", messages.get("typed.title") + "…", "Shortcut+Shift+V", actions.typedCoordinates()),
                item("menuRepair", messages.get("edit.acceptRepair"), "Shortcut+R", actions.acceptRepair()));
        Menu help = new Menu(messages.get("menu.help"));
        help.setId("menuHelp");
        help.getItems().addAll(item("menuShortcuts", messages.get("menu.help.shortcuts"), "F1", actions.shortcuts()),
                item("menuAbout", messages.get("menu.help.about"), null, actions.about()));
        getMenus().addAll(file, edit, view, help);
        showUndoRedo(java.util.Optional.empty(), java.util.Optional.empty());
    }

    /** Adds {@code menus} after those already there, before 帮助 (which stays last). */
    void addBeforeHelp(Menu... menus) {
        getMenus().addAll(getMenus().size() - 1, java.util.List.of(menus));
    }

    /** From now on the Edit menu names the step {@code editing}'s undo or redo would take. */
    void followUndo(rectimap.ui.tools.MapEditing editing) {
        editing.addStateListener(() -> showUndoRedo(editing.session().flatMap(s -> s.history().undoName()),
                editing.session().flatMap(s -> s.history().redoName())));
    }

    /** "撤销 拆分 解州镇-3 责任区": the Edit menu names the step undo or redo would take. */
    void showUndoRedo(java.util.Optional<String> undoName, java.util.Optional<String> redoName) {
        undo.setText(messages.get("edit.undo") + undoName.map(n -> " " + n).orElse(""));
        undo.setDisable(undoName.isEmpty());
        redo.setText(messages.get("edit.redo") + redoName.map(n -> " " + n).orElse(""));
        redo.setDisable(redoName.isEmpty());
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
