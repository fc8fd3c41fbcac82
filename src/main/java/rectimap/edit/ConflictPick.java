package rectimap.edit;

import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;
import rectimap.model.FeatureConflict;
import rectimap.model.Field;
import rectimap.model.LayerInfo;

/**
 * Which parts of one conflicted feature take MY value — the geometry and the named (non-derived) fields; every other
 * part keeps THEIR value, and derived fields follow the geometry chosen. For an add or a delete (no base, or no
 * mine/theirs) only "nothing of mine" versus "something of mine" counts: my add or delete stands or is dropped.
 *
 * @param geometry whether my geometry is taken
 * @param fields   the fields whose value is mine
 */
public record ConflictPick(boolean geometry, Set<String> fields) {
    public ConflictPick {
        fields = Set.copyOf(Objects.requireNonNull(fields, "fields"));
    }

    /** Nothing of mine: their version stays. */
    public static ConflictPick none() {
        return new ConflictPick(false, Set.of());
    }

    /** What {@code choice} picks for {@code conflict} in layer {@code info}: all, nothing, or what I changed. */
    public static ConflictPick of(ConflictChoice choice, FeatureConflict conflict, LayerInfo info) {
        if (choice == ConflictChoice.THEIRS) {
            return none();
        }
        Set<String> fields = new LinkedHashSet<>();
        boolean geometry = choice == ConflictChoice.MINE || conflict.base() == null || conflict.mine() == null
                || !conflict.mine().geometry().equalsExact(conflict.base().geometry());
        for (Field field : info.type().fields()) {
            if (!field.isDerived() && (choice == ConflictChoice.MINE || changedByMe(conflict, field.name()))) {
                fields.add(field.name());
            }
        }
        return new ConflictPick(geometry, fields);
    }

    /** Whether I changed {@code field} from the base (an add or delete changes everything). */
    public static boolean changedByMe(FeatureConflict conflict, String field) {
        return conflict.base() == null || conflict.mine() == null
                || !Objects.equals(conflict.mine().get(field), conflict.base().get(field));
    }

    /** Whether nothing of mine is taken. */
    public boolean isNone() {
        return !geometry && fields.isEmpty();
    }
}
