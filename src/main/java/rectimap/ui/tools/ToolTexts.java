package rectimap.ui.tools;

import java.util.List;
import rectimap.tool.ToolText;
import rectimap.ui.Messages;
import rectimap.ui.UiLanguage;

/**
 * Puts a tool's {@link ToolText} into the interface language: the key's pattern from the bundle, arguments that are
 * texts themselves first put into the language. Any thread (pure over the bundle).
 */
public final class ToolTexts {
    private final Messages messages;

    public ToolTexts(Messages messages) {
        this.messages = messages;
    }

    /** The text for the user; "" for {@link ToolText#NONE}. */
    public String text(ToolText text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        List<Object> args = text.args();
        Object[] shown = new Object[args.size()];
        for (int i = 0; i < shown.length; i++) {
            Object arg = args.get(i);
            if (arg instanceof ToolText nested) {
                shown[i] = text(nested);
            } else if (arg instanceof ToolText.Given given) {
                shown[i] = messages.language() == UiLanguage.EN ? given.en() : given.zh();
            } else {
                shown[i] = String.valueOf(arg);
            }
        }
        return messages.format(text.key(), shown);
    }
}
