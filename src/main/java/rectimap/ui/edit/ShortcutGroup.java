package rectimap.ui.edit;

/** Where a shortcut belongs on the sheet (and in the menus); its heading is {@code shortcuts.group.<name>}. */
public enum ShortcutGroup {
    FILE, TOOLS, DRAWING, EDIT, VIEW, HELP
}
