package rectimap.tool;

/**
 * A pasted coordinate list that cannot be read, with the line at fault (1-based; 0 when it is about the whole list)
 * and a Chinese message that names it, e.g. "第 3 行：只有 1 个数，需要 x,y 两个".
 */
public final class TypedCoordinatesException extends Exception {
    private final int lineNumber;

    public TypedCoordinatesException(int lineNumber, String messageZh) {
        super(lineNumber > 0 ? "第 " + lineNumber + " 行：" + messageZh : messageZh);
        this.lineNumber = lineNumber;
    }

    public int lineNumber() {
        return lineNumber;
    }
}
