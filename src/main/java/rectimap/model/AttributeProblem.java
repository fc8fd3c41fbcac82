package rectimap.model;

import java.util.Objects;

/**
 * Why a value cannot be stored: the column it concerns ({@code "geometry"} for the shape) and the reason in Chinese
 * and English, e.g. {@code phone}: "电话号码格式不正确" / "not a phone number". The form shows it next to the field.
 */
public record AttributeProblem(String field, String reasonZh, String reasonEn) implements BilingualReason {
    /** The pseudo column name of problems with the geometry rather than an attribute. */
    public static final String GEOMETRY = "geometry";

    public AttributeProblem {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(reasonZh, "reasonZh");
        Objects.requireNonNull(reasonEn, "reasonEn");
    }
}
