package rectimap.store;

import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.locationtech.jts.geom.Geometry;
import rectimap.model.ChangeSet;
import rectimap.model.Feature;
import rectimap.model.FeatureChange;
import rectimap.model.StoreException;
import rectimap.model.StoreProblem;

/**
 * Whether an undo or redo still fits the file, checked inside its write transaction (the write lock is held, so
 * no other program can change the rows between the check and the write): every feature the move replaces or
 * removes must be in the file exactly as the move expects ({@code before}). The window checks the same against its
 * copy of the file ({@code edit.StepFit}), but a change another program made in the second before the window
 * re-read the file is only visible here. Geometry compared exactly, numbers by value (a whole number read back as
 * a long equals the int a command wrote). Writer thread only.
 */
final class StepFitInFile {
    /** Ids per SELECT, well under SQLite's limit on bound parameters. */
    private static final int IDS_PER_READ = 500;

    private StepFitInFile() {
    }

    /**
     * @param inFile the move with the file's feature ids
     * @throws StoreException CHANGED_OUTSIDE naming the first feature that does not fit ({@code subject()} =
     *                        {@code "table #fid"}); nothing has been written then
     */
    static void require(ChangeSet inFile, FeatureTableReader reader, FeatureRowWriter rows, Path file)
            throws SQLException {
        Map<String, Map<Long, Feature>> expected = new LinkedHashMap<>();
        for (FeatureChange change : inFile.changes()) {
            if (change.before() != null) {
                // The first change of a feature in the move states what the file must hold before it.
                expected.computeIfAbsent(change.tableName(), t -> new LinkedHashMap<>())
                        .putIfAbsent(change.featureId(), change.before());
            }
        }
        for (Map.Entry<String, Map<Long, Feature>> table : expected.entrySet()) {
            StoredLayer layer = rows.layer(table.getKey());
            List<Long> ids = new ArrayList<>(table.getValue().keySet());
            Map<Long, Feature> found = new LinkedHashMap<>();
            for (int from = 0; from < ids.size(); from += IDS_PER_READ) {
                for (Feature row : reader.readIds(layer, ids.subList(from, Math.min(ids.size(), from + IDS_PER_READ)))) {
                    found.put(row.id(), row);
                }
            }
            for (Map.Entry<Long, Feature> wanted : table.getValue().entrySet()) {
                Feature now = found.get(wanted.getKey());
                if (now == null || !same(now, wanted.getValue())) {
                    throw new StoreException(StoreProblem.CHANGED_OUTSIDE, file, table.getKey() + " #"
                            + wanted.getKey(), "feature " + wanted.getKey() + " of " + table.getKey() + " was "
                            + (now == null ? "deleted" : "changed") + " by another program", null);
                }
            }
        }
    }

    private static boolean same(Feature file, Feature expected) {
        if (!sameGeometry(file.geometry(), expected.geometry())) {
            return false;
        }
        Set<String> names = new HashSet<>(file.attributes().keySet());
        names.addAll(expected.attributes().keySet());
        for (String name : names) {
            if (!sameValue(file.attributes().get(name), expected.attributes().get(name))) {
                return false;
            }
        }
        return true;
    }

    private static boolean sameGeometry(Geometry file, Geometry expected) {
        if (file == null || expected == null) {
            return file == expected;
        }
        return file.equalsExact(expected) || (!file.getGeometryType().equals(expected.getGeometryType())
                && file.getNumPoints() == expected.getNumPoints() && file.equalsTopo(expected));
    }

    private static boolean sameValue(Object file, Object expected) {
        if (file instanceof Number a && expected instanceof Number b) {
            return Double.compare(a.doubleValue(), b.doubleValue()) == 0;
        }
        if (file == null || expected == null) {
            return Objects.equals(blankAsNull(file), blankAsNull(expected));
        }
        return Objects.equals(file, expected) || file.toString().equals(expected.toString());
    }

    private static Object blankAsNull(Object value) {
        return value instanceof String text && text.isEmpty() ? null : value;
    }
}
