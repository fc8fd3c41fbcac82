package rectimap.store.pg;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import rectimap.model.Feature;
import rectimap.model.FeatureType;
import rectimap.model.Field;
import rectimap.model.FieldType;

/**
 * What a feature holds, as one SHA-256 hex text, the same whichever program wrote it (Rectimap, QGIS, the server):
 * the geometry's 2D WKB and every typed (not derived) field of {@code type} as canonical text — whole numbers as
 * {@code long}, reals as {@code double}, dates as {@code yyyy-MM-dd}, nulls marked. The feature's id is left out
 * (a package feature and its server row compare equal), and so are derived fields, which follow the geometry.
 * A missing feature is {@link #DELETED}.
 */
final class FeatureFingerprint {
    static final String DELETED = "deleted";

    private FeatureFingerprint() {
    }

    static String of(FeatureType type, Feature feature) {
        if (feature == null) {
            return DELETED;
        }
        MessageDigest digest = sha256();
        digest.update(PgLayerTable.wkb(feature.geometry()));
        for (Field field : type.fields()) {
            if (!field.isDerived()) {
                digest.update((field.name() + '\u0000' + canonical(field.type(), feature.get(field.name())) + '\u0001')
                        .getBytes(StandardCharsets.UTF_8));
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static String canonical(FieldType type, Object value) {
        if (value == null) {
            return "\u0002null";
        }
        return switch (type) {
            case INTEGER -> value instanceof Number n ? Long.toString(n.longValue()) : value.toString();
            case REAL -> value instanceof Number n ? Double.toString(n.doubleValue()) : value.toString();
            case DATE -> value instanceof LocalDate d ? d.toString() : value.toString().strip();
            case TEXT -> value.toString();
        };
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }
}
