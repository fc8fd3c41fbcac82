package rectimap.tool;

import rectimap.ui.Messages;
import rectimap.ui.UiLanguage;
import rectimap.ui.tools.ToolTexts;

/** A tool's text as the Chinese interface shows it, for assertions on what the user reads. */
final class ZhText {
    private static final ToolTexts ZH = new ToolTexts(new Messages(UiLanguage.ZH));

    private ZhText() {
    }

    static String of(ToolText text) {
        return ZH.text(text);
    }
}
