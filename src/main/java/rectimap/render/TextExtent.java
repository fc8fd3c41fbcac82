package rectimap.render;

/** The size of a run of text: advance width, ascent above and descent below the baseline, in surface units. */
public record TextExtent(double width, double ascent, double descent) {
    public double height() {
        return ascent + descent;
    }
}
