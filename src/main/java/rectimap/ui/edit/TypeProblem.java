package rectimap.ui.edit;

/** Why typed text is not a value of its field's type; the message key is {@code form.<name>} with the label as {0}. */
public enum TypeProblem {
    NOT_A_NUMBER("form.notANumber"),
    NOT_A_WHOLE_NUMBER("form.notAWholeNumber"),
    NOT_A_DATE("form.notADate");

    private final String messageKey;

    TypeProblem(String messageKey) {
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
