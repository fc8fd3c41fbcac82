package rectimap.model;

import java.util.Objects;

/**
 * One feature of a refused step that someone else changed first: what the step started from ({@code base}, null
 * for an add), what it wanted ({@code mine}, null for a delete) and what the shared project holds now
 * ({@code theirs}, null when they deleted it), with who changed it last.
 */
public record FeatureConflict(String tableName, long featureId, Feature base, Feature mine, Feature theirs,
        String theirUser) {
    public FeatureConflict {
        Objects.requireNonNull(tableName, "tableName");
        theirUser = theirUser == null ? "" : theirUser;
    }
}
