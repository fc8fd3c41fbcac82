package rectimap.ui;

import java.text.MessageFormat;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import rectimap.campaign.FieldLabels;
import rectimap.model.Bilingual;

/**
 * All user-facing text, from {@code rectimap/ui/messages*.properties}: the base bundle is Chinese, {@code _en} English.
 * No fallback to the JVM locale, so Chinese stays Chinese on an English machine and vice versa.
 */
public final class Messages {
    private final ResourceBundle bundle;
    private final UiLanguage language;

    public Messages(UiLanguage language) {
        this.language = language;
        this.bundle = ResourceBundle.getBundle("rectimap.ui.messages", language.locale(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    public UiLanguage language() {
        return language;
    }

    /** The text for {@code key}; the key itself when missing, so a gap shows up instead of crashing. */
    public String get(String key) {
        try {
            return bundle.getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
    }

    /** The text for {@code key} with {@link MessageFormat} arguments filled in. */
    public String format(String key, Object... args) {
        return new MessageFormat(get(key), language.locale()).format(args);
    }

    /** The label of an attribute field of this name (名称 for {@code name}), else the column name: {@link #labels()}. */
    public String fieldLabel(String fieldName) {
        return labels().field(fieldName);
    }

    /** Layer titles and field labels in this language (the one lookup the panels and the command line share). */
    public FieldLabels labels() {
        return FieldLabels.of(language.locale());
    }

    /**
     * The sentence for a project file failure: what happened to which file (or shared project), and what to do;
     * then what the database server said, when it said something.
     */
    public String sentence(rectimap.model.StoreException failure) {
        return withDatabaseReason(format("store." + failure.problem().name(), failure.file(), failure.subject()),
                failure);
    }

    /** {@code sentence} followed by "（数据库：SQLSTATE reason）" when {@code failure} carries the server's reason. */
    public String withDatabaseReason(String sentence, rectimap.model.StoreException failure) {
        return failure.databaseReason().isEmpty() ? sentence
                : sentence + format("store.databaseReason", failure.databaseReason());
    }

    /** A bilingual value (a status, a problem kind, a tag) named in this language. */
    public String label(Bilingual value) {
        return value.label(language == UiLanguage.EN);
    }

    public boolean has(String key) {
        return bundle.containsKey(key);
    }
}
