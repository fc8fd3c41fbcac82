package rectimap.campaign.cases;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import rectimap.model.Feature;

/**
 * What the case list shows: a status (empty: all), a source (empty: all) and whether only overdue cases, as seen on
 * {@code today}. Pure.
 */
public record CaseFilter(Optional<CaseStatus> status, Optional<CaseSource> source, Overdue overdue,
                         LocalDate today) {
    /** Whether the list keeps only overdue cases. */
    public enum Overdue { ANY, ONLY_OVERDUE }

    /** Everything, as seen on {@code today}. */
    public static CaseFilter all(LocalDate today) {
        return new CaseFilter(Optional.empty(), Optional.empty(), Overdue.ANY, today);
    }

    public boolean accepts(SupervisionCase supervisionCase) {
        return status.map(s -> supervisionCase.status().equals(Optional.of(s))).orElse(true)
                && source.map(s -> supervisionCase.source().equals(Optional.of(s))).orElse(true)
                && (overdue == Overdue.ANY || supervisionCase.isOverdue(today));
    }

    /** The cases among {@code features} this filter accepts, in the given order. */
    public List<SupervisionCase> apply(List<Feature> features) {
        return features.stream().map(SupervisionCase::of).filter(this::accepts).toList();
    }

    /** How many of {@code features} are open and past their deadline on {@code today}. */
    public static long overdueCount(List<Feature> features, LocalDate today) {
        return features.stream().map(SupervisionCase::of).filter(c -> c.isOverdue(today)).count();
    }
}
