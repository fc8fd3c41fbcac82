package rectimap.store.pg;

import java.time.Instant;
import java.util.UUID;

/**
 * What a township work package says about itself (its {@code rectimap_package} row): its id (also registered in the
 * shared project, so a merge knows the package came from there), the project it was cut from (the address, for
 * people), the township, and when and by whom it was made.
 */
public record WorkPackageInfo(UUID id, String project, String townshipCode, String townshipName, Instant createdAt,
        String createdBy) {
}
