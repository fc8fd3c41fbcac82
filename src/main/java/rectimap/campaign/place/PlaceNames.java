package rectimap.campaign.place;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The official names of a project's townships and villages (the division layers, 12-digit codes) and what a typed
 * place name is: an exact official name, or not one, with the nearest official names as suggestions ("雷家坡村" →
 * 雷家坡村委会). A village name is looked up in the given township first (names such as 北街村委会 repeat across
 * townships), then in the district. Immutable; safe from any thread.
 */
public final class PlaceNames {
    /** The planning layers' place name fields and the fields holding their codes. */
    public static final String TOWNSHIP = "township";
    public static final String VILLAGE = "village";
    public static final String TOWNSHIP_CODE = "town_code";
    public static final String VILLAGE_CODE = "vill_code";
    private static final int SUGGESTIONS = 5;
    /** Endings that differ between everyday and official names, longest first ("村委会" before "村"). */
    private static final List<String> ENDINGS = List.of("村民委员会", "居民委员会", "街道办事处", "村委会", "居委会",
            "办事处", "社区", "街道", "村", "镇", "乡");

    private final DivisionPlaces places;

    public PlaceNames(DivisionPlaces places) {
        this.places = places;
    }

    /** True when the project has no division layers: place names are then free text. */
    public boolean isEmpty() {
        return places.townships().isEmpty() && places.villages().isEmpty();
    }

    /** Township names in layer order. */
    public List<String> townshipNames() {
        return places.townships().stream().map(TownshipPlace::name).toList();
    }

    /** Village names of the township named {@code townshipName}, or of the whole district when it is unknown. */
    public List<String> villageNames(String townshipName) {
        return villagesIn(townshipName).stream().map(VillagePlace::name).distinct().toList();
    }

    /** The township officially named {@code name} (exact, surrounding spaces ignored). */
    public Optional<TownshipPlace> township(String name) {
        String wanted = name == null ? "" : name.strip();
        return places.townships().stream().filter(t -> t.name().equals(wanted)).findFirst();
    }

    /** The village officially named {@code name}, in {@code townshipName}'s list first, else anywhere. */
    public Optional<VillagePlace> village(String name, String townshipName) {
        String wanted = name == null ? "" : name.strip();
        return Stream.concat(villagesIn(townshipName).stream(), allVillages().stream())
                .filter(v -> v.name().equals(wanted)).findFirst();
    }

    /** Up to five official township names nearest to {@code text}, best first (empty when none is near). */
    public List<String> suggestTownships(String text) {
        return nearest(text, townshipNames());
    }

    /** Up to five official village names nearest to {@code text}, those of {@code townshipName} first. */
    public List<String> suggestVillages(String text, String townshipName) {
        List<String> near = new ArrayList<>(nearest(text, villageNames(townshipName)));
        if (near.isEmpty()) {
            near.addAll(nearest(text, allVillages().stream().map(VillagePlace::name).distinct().toList()));
        }
        return near;
    }

    private List<VillagePlace> villagesIn(String townshipName) {
        return township(townshipName).map(t -> places.villagesOf(t.code())).filter(l -> !l.isEmpty())
                .orElseGet(this::allVillages);
    }

    private List<VillagePlace> allVillages() {
        return places.villages();
    }

    /** Names sharing the typed text's core (ending stripped), then names sharing most of its characters. */
    private static List<String> nearest(String text, List<String> names) {
        String core = core(text == null ? "" : text.strip());
        if (core.isEmpty()) {
            return List.of();
        }
        return names.stream().filter(n -> closeness(core, core(n)) > 0)
                .sorted(Comparator.comparingInt((String n) -> -closeness(core, core(n))))
                .limit(SUGGESTIONS).toList();
    }

    /** 1000 for the same core, 500 for one core inside the other, else the share of shared characters in %. */
    private static int closeness(String typed, String official) {
        if (typed.equals(official)) {
            return 1000;
        }
        if (official.contains(typed) || typed.contains(official)) {
            return 500;
        }
        long shared = typed.codePoints().distinct().filter(c -> official.indexOf(c) >= 0).count();
        int percent = (int) (100 * shared / Math.max(typed.codePointCount(0, typed.length()),
                official.codePointCount(0, official.length())));
        return percent >= 50 ? percent : 0;
    }

    private static String core(String name) {
        for (String ending : ENDINGS) {
            if (name.endsWith(ending) && name.length() > ending.length()) {
                return name.substring(0, name.length() - ending.length());
            }
        }
        return name;
    }
}
