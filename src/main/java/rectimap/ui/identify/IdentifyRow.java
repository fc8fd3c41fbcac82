package rectimap.ui.identify;

/** One line of the identify panel: a field label in the interface language and the value as text. */
public record IdentifyRow(String label, String value) {
}
