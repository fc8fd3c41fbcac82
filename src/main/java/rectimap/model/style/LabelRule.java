package rectimap.model.style;

/**
 * Which attribute labels a layer's features and when: labels show only while the map scale denominator is at most
 * {@code maxScaleDenominator}. Higher {@code priority} labels are placed first and win collisions.
 */
public record LabelRule(String field, double maxScaleDenominator, double sizeMm, Rgba color, Rgba halo, int priority) {
}
