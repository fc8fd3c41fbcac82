package rectimap.geo;

/**
 * Length figures as a planner reads them, beside {@link AreaText}: "8.3 m", "523 m", and from one kilometre on the
 * kilometres too, "12,346 m · 12.35 km". The units are the same in Chinese and English. Stateless.
 */
public final class LengthText {
    private static final double M_PER_KM = 1_000;
    /** Below this many metres a length keeps one decimal. */
    private static final double SHORT_M = 100;
    /** Below this many kilometres the kilometres keep two decimals. */
    private static final double SHORT_KM = 100;

    private LengthText() {
    }

    /** An ellipsoidal length in metres as text. */
    public static String of(double lengthM) {
        String metres = AreaText.grouped(lengthM, lengthM >= SHORT_M ? 0 : 1) + " m";
        if (lengthM < M_PER_KM) {
            return metres;
        }
        double km = lengthM / M_PER_KM;
        return metres + " · " + AreaText.grouped(km, km >= SHORT_KM ? 1 : 2) + " km";
    }
}
