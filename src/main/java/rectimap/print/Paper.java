package rectimap.print;

/** ISO 216 paper sizes a sheet is laid out on, portrait width × height in millimetres. */
public enum Paper {
    A4(210, 297), A3(297, 420), A2(420, 594), A1(594, 841);

    private final double shortMm;
    private final double longMm;

    Paper(double shortMm, double longMm) {
        this.shortMm = shortMm;
        this.longMm = longMm;
    }

    /** Page width in mm for the orientation. */
    public double widthMm(Orientation orientation) {
        return orientation == Orientation.LANDSCAPE ? longMm : shortMm;
    }

    /** Page height in mm for the orientation. */
    public double heightMm(Orientation orientation) {
        return orientation == Orientation.LANDSCAPE ? shortMm : longMm;
    }

    /** How much larger than A4 this paper is along a side (1 for A4, √2 for A3, …): text scales with it. */
    public double scaleFromA4() {
        return shortMm / A4.shortMm;
    }
}
