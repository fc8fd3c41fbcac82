package rectimap.report;

/**
 * Cleanup work of one kind (垃圾清理, 道路整修, …): how many features were counted and the sums of their typed
 * quantities — places (处), tonnes (吨), work area (m², {@code area_m2_work}) and length (km). A missing value adds 0.
 */
public record CleanupTotal(String kind, int features, long places, double tonnes, double areaM2, double km) {

    public static CleanupTotal empty(String kind) {
        return new CleanupTotal(kind, 0, 0, 0, 0, 0);
    }

    public CleanupTotal plus(long addPlaces, double addTonnes, double addAreaM2, double addKm) {
        return new CleanupTotal(kind, features + 1, places + addPlaces, tonnes + addTonnes, areaM2 + addAreaM2,
                km + addKm);
    }
}
