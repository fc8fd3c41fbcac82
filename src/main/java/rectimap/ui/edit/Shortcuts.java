package rectimap.ui.edit;

import java.util.List;
import java.util.Optional;

/**
 * The one list of keyboard and mouse shortcuts: the Help → 快捷键 sheet shows it and the menus take their
 * accelerators from it ({@code KeyCombination.keyCombination(Shortcuts.keysOf(UNDO))}), so the two never disagree.
 * Keys follow QGIS where it has one (Ctrl+Shift+F full extent, S snapping, Ctrl+Shift+S save as, Del delete,
 * Ctrl+Shift+M measure); tools take Ctrl+1…7 in tool-bar order; zoom to scale moves to Ctrl+Shift+B (比例尺) because
 * Ctrl+Shift+S is Save As. Plain keys (S, Enter, Backspace, Esc, Delete) act only while the map has the focus.
 */
public final class Shortcuts {
    private static final List<Shortcut> ALL = List.of(
            key(ShortcutAction.NEW_PROJECT, ShortcutGroup.FILE, "Shortcut+N", "新建项目", "New project"),
            key(ShortcutAction.OPEN_PROJECT, ShortcutGroup.FILE, "Shortcut+O", "打开项目", "Open project"),
            key(ShortcutAction.SAVE_AS, ShortcutGroup.FILE, "Shortcut+Shift+S", "另存为（一致的副本）",
                    "Save As (a consistent copy)"),
            key(ShortcutAction.EXIT, ShortcutGroup.FILE, "Shortcut+Q", "退出", "Exit"),
            key(ShortcutAction.SELECT, ShortcutGroup.TOOLS, "Shortcut+1", "选择要素（单击选中最上面的要素）",
                    "Select features (a click takes the top-most)"),
            mouse(ShortcutAction.ADD_TO_SELECTION, ShortcutGroup.TOOLS, Gesture.SHIFT_CLICK, "加选或减选",
                    "Add to or remove from the selection"),
            mouse(ShortcutAction.BOX_SELECT, ShortcutGroup.TOOLS, Gesture.DRAG_BOX, "框选", "Select by box"),
            key(ShortcutAction.IDENTIFY, ShortcutGroup.TOOLS, "Shortcut+Shift+I", "查看要素信息", "Identify features"),
            key(ShortcutAction.DRAW_POINT, ShortcutGroup.TOOLS, "Shortcut+2", "绘制点", "Draw points"),
            key(ShortcutAction.DRAW_LINE, ShortcutGroup.TOOLS, "Shortcut+3", "绘制线", "Draw lines"),
            key(ShortcutAction.DRAW_POLYGON, ShortcutGroup.TOOLS, "Shortcut+4", "绘制面", "Draw polygons"),
            key(ShortcutAction.VERTEX_EDIT, ShortcutGroup.TOOLS, "Shortcut+5", "编辑节点", "Edit vertices"),
            key(ShortcutAction.MOVE, ShortcutGroup.TOOLS, "Shortcut+6", "移动要素", "Move features"),
            key(ShortcutAction.SPLIT, ShortcutGroup.TOOLS, "Shortcut+7", "用画线拆分面", "Split a polygon by a line"),
            key(ShortcutAction.MEASURE, ShortcutGroup.TOOLS, "Shortcut+Shift+M", "量测长度和面积（椭球）",
                    "Measure length and area (ellipsoidal)"),
            key(ShortcutAction.TYPED_COORDINATES, ShortcutGroup.TOOLS, "Shortcut+Shift+V", "粘贴坐标生成图形",
                    "Shape from pasted coordinates"),
            new Shortcut(ShortcutAction.FINISH_SHAPE, ShortcutGroup.DRAWING, "Enter", Gesture.DOUBLE_CLICK,
                    "完成绘制", "Finish the shape"),
            key(ShortcutAction.REMOVE_LAST_VERTEX, ShortcutGroup.DRAWING, "Backspace", "删除上一个节点",
                    "Remove the last vertex"),
            key(ShortcutAction.CANCEL_SHAPE, ShortcutGroup.DRAWING, "Esc", "取消绘制", "Cancel the shape"),
            mouse(ShortcutAction.DRAG_VERTEX, ShortcutGroup.DRAWING, Gesture.DRAG, "拖动节点（一次拖动为一步）",
                    "Drag a vertex (one drag is one step)"),
            mouse(ShortcutAction.INSERT_VERTEX, ShortcutGroup.DRAWING, Gesture.CLICK_ON_SEGMENT, "在边上插入节点",
                    "Insert a vertex on a segment"),
            key(ShortcutAction.DELETE_VERTEX, ShortcutGroup.DRAWING, "Delete", "删除选中的节点（编辑节点时）",
                    "Delete the chosen vertex (vertex editing)"),
            key(ShortcutAction.TOGGLE_SNAPPING, ShortcutGroup.DRAWING, "S", "开启/关闭捕捉（状态栏显示）",
                    "Snapping on/off (shown in the status bar)"),
            key(ShortcutAction.UNDO, ShortcutGroup.EDIT, "Shortcut+Z", "撤销", "Undo"),
            key(ShortcutAction.REDO, ShortcutGroup.EDIT, "Shortcut+Shift+Z", "重做", "Redo"),
            key(ShortcutAction.REDO_ALTERNATIVE, ShortcutGroup.EDIT, "Shortcut+Y", "重做", "Redo"),
            key(ShortcutAction.DELETE, ShortcutGroup.EDIT, "Delete", "删除选中的要素", "Delete the selected features"),
            key(ShortcutAction.MERGE, ShortcutGroup.EDIT, "Shortcut+G", "合并选中的面（选择保留谁的属性）",
                    "Merge the selected polygons (choose whose attributes stay)"),
            key(ShortcutAction.EDIT_ATTRIBUTES, ShortcutGroup.EDIT, "Shortcut+E", "编辑选中要素的属性",
                    "Edit the selected feature's attributes"),
            key(ShortcutAction.FULL_EXTENT, ShortcutGroup.VIEW, "Shortcut+Shift+F", "全图", "Full extent"),
            key(ShortcutAction.ZOOM_TO_SCALE, ShortcutGroup.VIEW, "Shortcut+Shift+B", "缩放至比例尺",
                    "Zoom to scale"),
            key(ShortcutAction.SHORTCUTS_SHEET, ShortcutGroup.HELP, "F1", "快捷键一览", "Keyboard shortcuts"));

    private Shortcuts() {
    }

    /** Every shortcut, grouped in sheet order. */
    public static List<Shortcut> all() {
        return ALL;
    }

    /** The shortcut of an action; every action has exactly one. */
    public static Shortcut of(ShortcutAction action) {
        return ALL.stream().filter(s -> s.action() == action).findFirst()
                .orElseThrow(() -> new IllegalStateException("no shortcut for " + action));
    }

    /** The accelerator text of an action ("Shortcut+Z"); empty for mouse-only actions. */
    public static Optional<String> keysOf(ShortcutAction action) {
        Shortcut shortcut = of(action);
        return shortcut.hasKeys() ? Optional.of(shortcut.keys()) : Optional.empty();
    }

    private static Shortcut key(ShortcutAction action, ShortcutGroup group, String keys, String zh, String en) {
        return new Shortcut(action, group, keys, Gesture.NONE, zh, en);
    }

    private static Shortcut mouse(ShortcutAction action, ShortcutGroup group, Gesture gesture, String zh, String en) {
        return new Shortcut(action, group, "", gesture, zh, en);
    }
}
