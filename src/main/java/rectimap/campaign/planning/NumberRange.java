package rectimap.campaign.planning;

/** The closed range a number must lie in, in the field's unit. */
public record NumberRange(double min, double max) {
    public NumberRange {
        if (!(min <= max)) {
            throw new IllegalArgumentException("empty range " + min + ".." + max);
        }
    }

    /** From {@code min} up, e.g. quantities ≥ 0. */
    public static NumberRange atLeast(double min) {
        return new NumberRange(min, Double.MAX_VALUE);
    }

    public boolean contains(double value) {
        return value >= min && value <= max;
    }

    /** Whether the range has an upper end worth telling the user. */
    public boolean bounded() {
        return max < Double.MAX_VALUE;
    }
}
