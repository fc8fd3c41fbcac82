package rectimap.tool;

/**
 * A pasted coordinate list that cannot be read, with the line at fault (1-based; 0 when it is about the whole list)
 * and the problem as a {@link ToolText} ({@link #text()}: "第 3 行：“12.5”不是一对坐标，需要 x,y 两个数"). The
 * exception message is the problem's key, for logs.
 */
public final class TypedCoordinatesException extends Exception {
    private static final long serialVersionUID = 1L;
    private final int lineNumber;
    private final transient ToolText problem;

    public TypedCoordinatesException(int lineNumber, ToolText problem) {
        super((lineNumber > 0 ? "line " + lineNumber + ": " : "") + problem.key());
        this.lineNumber = lineNumber;
        this.problem = problem;
    }

    /** What is wrong, naming the line when there is one. */
    public ToolText text() {
        return lineNumber > 0 ? ToolText.of("tool.typed.atLine", Integer.toString(lineNumber), problem) : problem;
    }

    public int lineNumber() {
        return lineNumber;
    }
}
