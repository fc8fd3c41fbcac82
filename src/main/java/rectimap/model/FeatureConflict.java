package rectimap.model;

import java.time.Instant;
import java.util.Objects;

/**
 * One feature of a refused step that someone else changed first: what the step started from ({@code base}, null
 * for an add), what it wanted ({@code mine}, null for a delete) and what the shared project holds now
 * ({@code theirs}, null when they deleted it), with who changed it last ({@code theirUser}, "" when unknown) and
 * when that user last saved a step ({@code theirTime}, null when unknown — e.g. a change made with psql or QGIS).
 */
public record FeatureConflict(String tableName, long featureId, Feature base, Feature mine, Feature theirs,
        String theirUser, Instant theirTime) {
    public FeatureConflict {
        Objects.requireNonNull(tableName, "tableName");
        theirUser = theirUser == null ? "" : theirUser;
    }

    /** A conflict whose time is unknown. */
    public FeatureConflict(String tableName, long featureId, Feature base, Feature mine, Feature theirs,
            String theirUser) {
        this(tableName, featureId, base, mine, theirs, theirUser, null);
    }
}
