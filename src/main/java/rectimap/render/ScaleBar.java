package rectimap.render;

/**
 * A graphic scale bar: a round ground length (1, 2 or 5 × 10^k metres) that fits in at most {@code maxUnits} surface
 * units, and its drawn length. Shared by the screen status bar and printed sheets.
 */
public record ScaleBar(double groundMetres, double lengthUnits, String label) {

    /** The longest round length not longer than {@code maxUnits} at {@code metresPerUnit}. */
    public static ScaleBar fitting(double metresPerUnit, double maxUnits) {
        double maxMetres = metresPerUnit * maxUnits;
        double power = Math.pow(10, Math.floor(Math.log10(maxMetres)));
        double ground = power;
        for (double step : new double[] {5, 2, 1}) {
            if (step * power <= maxMetres) {
                ground = step * power;
                break;
            }
        }
        return new ScaleBar(ground, ground / metresPerUnit, label(ground));
    }

    private static String label(double metres) {
        if (metres >= 1000) {
            double km = metres / 1000;
            return (km == Math.rint(km) ? String.valueOf((long) km) : String.valueOf(km)) + " km";
        }
        return (metres == Math.rint(metres) ? String.valueOf((long) metres) : String.valueOf(metres)) + " m";
    }
}
