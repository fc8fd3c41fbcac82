package rectimap.ui.edit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.scene.input.KeyCombination;
import org.junit.jupiter.api.Test;
import rectimap.ui.Messages;
import rectimap.ui.UiLanguage;

class ShortcutsTest {

    @Test
    void everyActionHasExactlyOneLineAndEveryKeyTextIsAnAccelerator() {
        assertThat(Shortcuts.all()).extracting(Shortcut::action)
                .containsExactlyInAnyOrder(ShortcutAction.values());
        for (Shortcut shortcut : Shortcuts.all()) {
            if (shortcut.hasKeys()) {
                assertThat(KeyCombination.keyCombination(shortcut.keys()).getName()).as(shortcut.action().name())
                        .isNotBlank();
            }
        }
        assertThat(Shortcuts.keysOf(ShortcutAction.UNDO)).contains("Shortcut+Z");
        assertThat(Shortcuts.keysOf(ShortcutAction.REDO)).contains("Shortcut+Shift+Z");
        assertThat(Shortcuts.keysOf(ShortcutAction.REDO_ALTERNATIVE)).contains("Shortcut+Y");
        assertThat(Shortcuts.keysOf(ShortcutAction.TOGGLE_SNAPPING)).contains("S");
        assertThat(Shortcuts.keysOf(ShortcutAction.BOX_SELECT)).isEmpty();
        assertThat(Shortcuts.of(ShortcutAction.FINISH_SHAPE).gesture()).isEqualTo(Gesture.DOUBLE_CLICK);
    }

    @Test
    void noTwoActionsShareAKeyExceptDeleteWhichDependsOnTheTool() {
        Map<KeyCombination, List<ShortcutAction>> byKeys = new HashMap<>();
        for (Shortcut shortcut : Shortcuts.all()) {
            if (shortcut.hasKeys()) {
                byKeys.computeIfAbsent(KeyCombination.keyCombination(shortcut.keys()), k -> new java.util.ArrayList<>())
                        .add(shortcut.action());
            }
        }
        byKeys.forEach((keys, actions) -> {
            if (actions.size() > 1) {
                assertThat(Set.copyOf(actions)).as(keys.getName())
                        .isEqualTo(Set.of(ShortcutAction.DELETE, ShortcutAction.DELETE_VERTEX));
            }
        });
        assertThat(Shortcuts.keysOf(ShortcutAction.SAVE_AS)).contains("Shortcut+Shift+S");
        assertThat(Shortcuts.keysOf(ShortcutAction.ZOOM_TO_SCALE)).isNotEqualTo(Shortcuts.keysOf(ShortcutAction.SAVE_AS));
    }

    @Test
    void everyGroupAndGestureHasTextInBothLanguages() {
        for (UiLanguage language : UiLanguage.values()) {
            Messages messages = new Messages(language);
            for (ShortcutGroup group : ShortcutGroup.values()) {
                assertThat(messages.has("shortcuts.group." + group.name())).as(language + " " + group).isTrue();
            }
            Arrays.stream(Gesture.values()).filter(g -> g != Gesture.NONE).forEach(g ->
                    assertThat(messages.has("gesture." + g.name())).as(language + " " + g).isTrue());
        }
    }
}
