package rectimap.print;

/** A rectangle on the page in millimetres from the top-left corner (y down). */
public record MmBox(double x, double y, double width, double height) {

    public double right() {
        return x + width;
    }

    public double bottom() {
        return y + height;
    }

    /** This box shrunk by {@code mm} on every side. */
    public MmBox inset(double mm) {
        return new MmBox(x + mm, y + mm, Math.max(0, width - 2 * mm), Math.max(0, height - 2 * mm));
    }
}
