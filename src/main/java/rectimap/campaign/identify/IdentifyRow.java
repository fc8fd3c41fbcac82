package rectimap.campaign.identify;

/** One line under a feature in the identify panel and the {@code identify} command: a field's label and its value. */
public record IdentifyRow(String label, String value) {
}
