package rectimap.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import rectimap.model.ChangeSet;
import rectimap.model.FeatureChange;
import rectimap.model.StoreException;

/**
 * Records that point at something gone: undo history steps that change a layer the file no longer has (undoing them
 * would fail), layer display states of missing layers, a history cursor beyond the last step, and metadata or
 * extension rows for missing tables.
 */
final class OrphanCheck {
    private OrphanCheck() {
    }

    static List<CheckFinding> run(Connection connection, List<StoredLayer> layers, Path file) throws SQLException {
        List<CheckFinding> findings = new ArrayList<>();
        Set<String> tables = layers.stream().map(StoredLayer::tableName).collect(Collectors.toSet());
        try {
            List<ChangeSet> steps = HistoryRows.steps(connection, new ChangeSetCodec(), file);
            for (int i = 0; i < steps.size(); i++) {
                Set<String> missing = new TreeSet<>();
                for (FeatureChange change : steps.get(i).changes()) {
                    if (!tables.contains(change.tableName())) {
                        missing.add(change.tableName());
                    }
                }
                if (!missing.isEmpty()) {
                    findings.add(orphan(null, "check.orphan.historyStep", i + 1, steps.get(i).name(),
                            String.join(", ", missing)));
                }
            }
            int cursor = HistoryRows.cursor(connection);
            if (cursor > steps.size()) {
                findings.add(orphan(null, "check.orphan.cursor", cursor, steps.size()));
            }
        } catch (StoreException | NumberFormatException e) {
            findings.add(orphan(null, "check.orphan.historyUnreadable", e.getMessage()));
        }
        for (LayerDisplayState state : LayerStateRows.read(connection)) {
            if (!tables.contains(state.tableName())) {
                findings.add(orphan(state.tableName(), "check.orphan.layerState"));
            }
        }
        String missingTable = " WHERE table_name IS NOT NULL AND lower(table_name) NOT IN"
                + " (SELECT lower(name) FROM sqlite_master WHERE type IN ('table', 'view'))";
        for (String registry : List.of("gpkg_metadata_reference", "gpkg_extensions")) {
            if (GpkgStructureCheck.integer(connection, "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND"
                    + " name = '" + registry + "'") > 0) {
                for (String[] row : GpkgStructureCheck.rows(connection, "SELECT DISTINCT table_name FROM " + registry
                        + missingTable)) {
                    findings.add(orphan(row[0], "check.orphan.registry", registry));
                }
            }
        }
        return findings;
    }

    private static CheckFinding orphan(String table, String key, Object... arguments) {
        return CheckFinding.of(CheckFinding.Kind.ORPHAN, table, null, key, arguments);
    }
}
