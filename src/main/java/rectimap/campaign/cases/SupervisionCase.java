package rectimap.campaign.cases;

import java.time.LocalDate;
import java.util.Optional;
import org.locationtech.jts.geom.Geometry;
import rectimap.model.Feature;

/**
 * A read view of one stored supervision case (a feature of the {@code supervision_case} layer). Status and source are
 * empty when the stored text is not one of the known labels (e.g. an imported file); dates may be null.
 */
public record SupervisionCase(long id, Geometry lonLat, Optional<CaseSource> source, Optional<CaseStatus> status,
                              String description, String unit, String township, LocalDate registered,
                              LocalDate deadline) {
    public static final String TABLE = "supervision_case";

    /** The case stored as {@code feature}. */
    public static SupervisionCase of(Feature feature) {
        return new SupervisionCase(feature.id(), feature.geometry(), CaseSource.fromLabel(feature.text("source")),
                CaseStatus.fromLabel(feature.text(CaseLifecycle.STATUS)), feature.text("description"),
                feature.text("unit"), feature.text("township"), date(feature, "registered"),
                date(feature, "deadline"));
    }

    /** This case's light on {@code today} with {@code warningDays} of warning. */
    public TrafficLight light(LocalDate today, int warningDays) {
        return TrafficLight.of(status.orElse(null), deadline, today, warningDays);
    }

    /** Whether the deadline has passed on {@code today} and the case is still open. */
    public boolean isOverdue(LocalDate today) {
        return light(today, 0) == TrafficLight.RED;
    }

    private static LocalDate date(Feature feature, String field) {
        return feature.get(field) instanceof LocalDate date ? date : null;
    }
}
