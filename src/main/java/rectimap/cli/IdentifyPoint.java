package rectimap.cli;

/**
 * Where {@code identify} looks: a CGCS2000 longitude and latitude in degrees as typed ({@code --at 110.98,35.03})
 * and a ground tolerance in metres for points and lines.
 */
record IdentifyPoint(double lon, double lat, String lonText, String latText, double toleranceM) {

    /** A point or tolerance that cannot be used: the message key of {@code identify*.properties} and its arguments. */
    static final class BadPoint extends Exception {
        private final String key;
        private final transient Object[] arguments;

        BadPoint(String key, Object... arguments) {
            super(key);
            this.key = key;
            this.arguments = arguments.clone();
        }

        String key() {
            return key;
        }

        Object[] arguments() {
            return arguments.clone();
        }
    }

    /** Reads "LON,LAT" and the tolerance (null: {@code defaultM}, else 0..{@code maxM} metres). */
    static IdentifyPoint parse(String at, String tolerance, double defaultM, double maxM) throws BadPoint {
        String[] parts = at.split("[,，]", -1);
        if (parts.length != 2) {
            throw new BadPoint("identify.badAt", at);
        }
        double lon;
        double lat;
        try {
            lon = Double.parseDouble(parts[0].strip());
            lat = Double.parseDouble(parts[1].strip());
        } catch (NumberFormatException e) {
            throw new BadPoint("identify.badAt", at);
        }
        if (!(Math.abs(lon) <= 180 && Math.abs(lat) <= 90)) {
            throw new BadPoint("identify.outside", parts[0].strip(), parts[1].strip());
        }
        double toleranceM = defaultM;
        if (tolerance != null) {
            try {
                toleranceM = Double.parseDouble(tolerance.strip());
            } catch (NumberFormatException e) {
                throw new BadPoint("identify.badTolerance", tolerance);
            }
            if (!(toleranceM >= 0 && toleranceM <= maxM)) {
                throw new BadPoint("identify.badTolerance", tolerance);
            }
        }
        return new IdentifyPoint(lon, lat, parts[0].strip(), parts[1].strip(), toleranceM);
    }
}
