package rectimap.ui.shared;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Point;
import rectimap.edit.ConflictPick;
import rectimap.model.Feature;
import rectimap.model.FeatureConflict;
import rectimap.model.Field;
import rectimap.model.LayerInfo;
import rectimap.ui.Messages;
import rectimap.ui.edit.ValueText;

/**
 * One line of the conflict dialog: a part of a conflicted feature on which my version and theirs differ — the
 * geometry ({@code field} null) or an editable field — with the three texts (base, mine, theirs) and whether I
 * changed it (then "combine" takes mine).
 *
 * @param field      the field name, null for the geometry
 * @param label      what the user reads: the field's label, or 图形
 * @param base       the value before my step ("" for an add)
 * @param mine       my value ("" for my delete)
 * @param theirs     their value ("" when they deleted the feature)
 * @param changedByMe whether my step changed this part from the base
 */
public record ConflictRow(String field, String label, String base, String mine, String theirs, boolean changedByMe) {

    /** The lines of {@code conflict} in {@code info}'s field order, the geometry first; empty for an add/delete. */
    public static List<ConflictRow> of(FeatureConflict conflict, LayerInfo info, Messages messages) {
        List<ConflictRow> rows = new ArrayList<>();
        if (conflict.base() == null || conflict.mine() == null || conflict.theirs() == null) {
            return rows;
        }
        Geometry mine = conflict.mine().geometry();
        Geometry theirs = conflict.theirs().geometry();
        if (!mine.equalsExact(theirs)) {
            rows.add(new ConflictRow(null, messages.get("conflict.geometry"), shape(conflict.base(), messages),
                    shape(conflict.mine(), messages), shape(conflict.theirs(), messages),
                    !mine.equalsExact(conflict.base().geometry())));
        }
        for (Field field : info.type().fields()) {
            Object my = conflict.mine().get(field.name());
            Object their = conflict.theirs().get(field.name());
            if (!field.isDerived() && !Objects.equals(my, their)) {
                rows.add(new ConflictRow(field.name(), messages.labels().field(info.type(), field.name()),
                        ValueText.format(conflict.base().get(field.name())), ValueText.format(my),
                        ValueText.format(their), ConflictPick.changedByMe(conflict, field.name())));
            }
        }
        return rows;
    }

    /** A geometry as the user can compare it: its kind, number of points and the centre (5 decimals). */
    private static String shape(Feature feature, Messages messages) {
        Point centre = feature.geometry().getCentroid();
        return messages.format("conflict.shape", feature.geometry().getNumPoints(),
                String.format(java.util.Locale.ROOT, "%.5f, %.5f", centre.getX(), centre.getY()));
    }
}
