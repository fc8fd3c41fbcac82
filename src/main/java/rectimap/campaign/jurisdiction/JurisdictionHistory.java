package rectimap.campaign.jurisdiction;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import rectimap.campaign.planning.JurisdictionChangeSchema;
import rectimap.model.Feature;
import rectimap.model.MapLayer;
import rectimap.model.Project;

/**
 * Which township a village belonged to on a given day. The village layer's {@code township_code} is where a village
 * stands when no change is recorded; each recorded change moves it from {@code from_code} to {@code to_code} from its
 * effective date on. Before a village's first change it belongs to that change's {@code from_code} (so a history may
 * record a move the village layer already shows, as the sample's 2026-07-26 handover does). Immutable, thread-safe.
 */
public final class JurisdictionHistory {
    public static final String VILLAGE_TABLE = "village";

    private final Map<String, String> baseTownship;
    private final Map<String, List<JurisdictionChange>> changes;

    private JurisdictionHistory(Map<String, String> baseTownship, Map<String, List<JurisdictionChange>> changes) {
        this.baseTownship = baseTownship;
        this.changes = changes;
    }

    /** The history of {@code project}: its {@code village} layer and its {@code jurisdiction_change} layer (either may be absent). */
    public static JurisdictionHistory of(Project project) {
        return of(features(project, VILLAGE_TABLE), features(project, JurisdictionChangeSchema.TABLE));
    }

    /** The history from village features ({@code code}, {@code township_code}) and change features. */
    public static JurisdictionHistory of(List<Feature> villages, List<Feature> changeRows) {
        Map<String, String> base = new HashMap<>();
        for (Feature village : villages) {
            base.put(village.text("code"), village.text("township_code"));
        }
        Map<String, List<JurisdictionChange>> byVillage = new HashMap<>();
        for (Feature row : changeRows) {
            JurisdictionChange change = JurisdictionChange.of(row);
            if (change != null) {
                byVillage.computeIfAbsent(change.villageCode(), k -> new ArrayList<>()).add(change);
            }
        }
        byVillage.values().forEach(list -> list.sort(Comparator.comparing(JurisdictionChange::effective)
                .thenComparingLong(JurisdictionChange::featureId)));
        return new JurisdictionHistory(Map.copyOf(base), Map.copyOf(byVillage));
    }

    /**
     * The code of the township {@code villageCode} belonged to on {@code date}; empty for a village neither the
     * village layer nor any change knows.
     */
    public Optional<String> townshipOf(String villageCode, LocalDate date) {
        List<JurisdictionChange> moves = changes.getOrDefault(villageCode, List.of());
        String township = moves.isEmpty() ? baseTownship.get(villageCode) : moves.get(0).fromCode();
        for (JurisdictionChange move : moves) {
            if (!move.effective().isAfter(date)) {
                township = move.toCode();
            }
        }
        return Optional.ofNullable(township).filter(code -> !code.isBlank());
    }

    /** The recorded changes of one village, oldest first. */
    public List<JurisdictionChange> changesOf(String villageCode) {
        return List.copyOf(changes.getOrDefault(villageCode, List.of()));
    }

    /** Every known village's township on {@code date}, village code → township code, in village-code order. */
    public Map<String, String> townshipsOn(LocalDate date) {
        Map<String, String> result = new LinkedHashMap<>();
        java.util.TreeSet<String> codes = new java.util.TreeSet<>(baseTownship.keySet());
        codes.addAll(changes.keySet());
        for (String code : codes) {
            townshipOf(code, date).ifPresent(township -> result.put(code, township));
        }
        return result;
    }

    /** The codes of the villages that belonged to {@code townshipCode} on {@code date}, sorted. */
    public List<String> villagesOf(String townshipCode, LocalDate date) {
        return townshipsOn(date).entrySet().stream().filter(e -> e.getValue().equals(townshipCode))
                .map(Map.Entry::getKey).toList();
    }

    private static List<Feature> features(Project project, String table) {
        return project.layer(table).map(MapLayer::layer).map(l -> l.features()).orElse(List.of());
    }
}
