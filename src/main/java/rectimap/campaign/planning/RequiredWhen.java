package rectimap.campaign.planning;

import java.util.Set;

/**
 * A field that becomes required when another field has one of some values, e.g. {@code village} when
 * {@code kind} is 乡镇干部包村, or {@code notice_date} once a demolition site's notice is posted.
 */
public record RequiredWhen(String field, String whenField, Set<String> whenValues) {
    public RequiredWhen {
        whenValues = Set.copyOf(whenValues);
    }

    public static RequiredWhen of(String field, String whenField, String... whenValues) {
        return new RequiredWhen(field, whenField, Set.of(whenValues));
    }
}
