package rectimap.ui.edit;

/**
 * Typed text read as a value: {@code value} is a String, Long, Double, LocalDate or null (empty text), and
 * {@code problem} is null unless the text is not of the field's type (then {@code value} is null).
 */
public record ParsedText(Object value, TypeProblem problem) {
    public static ParsedText of(Object value) {
        return new ParsedText(value, null);
    }

    public static ParsedText refused(TypeProblem problem) {
        return new ParsedText(null, problem);
    }

    public boolean ok() {
        return problem == null;
    }
}
