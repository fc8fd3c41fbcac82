package rectimap.campaign.jurisdiction;

import java.time.LocalDate;
import java.util.Objects;
import rectimap.model.Feature;

/**
 * One recorded change: village {@code villageCode} belongs to {@code toCode} from {@code effective} on, having
 * belonged to {@code fromCode} the day before. Codes are 12-digit division codes; {@code featureId} is the row in
 * the {@code jurisdiction_change} layer.
 */
public record JurisdictionChange(long featureId, String villageCode, String village, String fromCode,
                                 String fromTownship, String toCode, String toTownship, LocalDate effective) {
    public JurisdictionChange {
        Objects.requireNonNull(villageCode, "villageCode");
        Objects.requireNonNull(fromCode, "fromCode");
        Objects.requireNonNull(toCode, "toCode");
        Objects.requireNonNull(effective, "effective");
    }

    /** The change stored as {@code feature}; null when a required value is missing (an incomplete imported row). */
    static JurisdictionChange of(Feature feature) {
        if (!(feature.get("effective") instanceof LocalDate effective) || feature.text("village_code").isBlank()
                || feature.text("from_code").isBlank() || feature.text("to_code").isBlank()) {
            return null;
        }
        return new JurisdictionChange(feature.id(), feature.text("village_code"), feature.text("village"),
                feature.text("from_code"), feature.text("from_township"), feature.text("to_code"),
                feature.text("to_township"), effective);
    }
}
