package rectimap.campaign.planning;

/**
 * Two date fields whose order is fixed: when both are set, {@code laterField} must not be before
 * {@code earlierField}.
 */
public record DateOrder(String earlierField, String laterField) {
}
