package rectimap.ui.print;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import rectimap.model.Feature;
import rectimap.model.MapLayer;
import rectimap.model.Project;

/**
 * The places the sheet designer's pickers offer, read from the project's division layers: the district (layer
 * {@code district}), its townships ({@code township}), their villages ({@code village}, with {@code township_code})
 * and the demonstration sites (townships whose {@code demo} is set, villages whose {@code culture} is set). Layers a
 * project lacks give empty lists. Immutable; build once per project, any thread.
 */
public final class PrintPlaces {
    private final String districtName;
    private final List<SheetPlace> townships;
    private final List<SheetPlace> villages;
    private final List<SheetPlace> sites;

    public PrintPlaces(Project project) {
        districtName = project.layer("district").flatMap(l -> l.layer().features().stream().findFirst())
                .map(f -> f.text("name")).orElse("");
        townships = places(project, "township", "code");
        villages = places(project, "village", "township_code");
        List<SheetPlace> found = new ArrayList<>();
        project.layer("township").ifPresent(l -> found.addAll(marked(l, "demo", townships)));
        project.layer("village").ifPresent(l -> found.addAll(marked(l, "culture", villages)));
        sites = List.copyOf(found);
    }

    /** The district's name ("盐湖区"); empty when the project has no district layer. */
    public String districtName() {
        return districtName;
    }

    /** Townships in code order. */
    public List<SheetPlace> townships() {
        return townships;
    }

    /** The villages of the township {@code townshipCode}, in code order. */
    public List<SheetPlace> villagesOf(String townshipCode) {
        return villages.stream().filter(v -> v.townshipCode().equals(townshipCode)).toList();
    }

    /** Demonstration towns first, then the cultural villages, each in code order. */
    public List<SheetPlace> sites() {
        return sites;
    }

    /** The township, village or site with {@code code}. */
    public Optional<SheetPlace> byCode(String code) {
        return townships.stream().filter(p -> p.code().equals(code)).findFirst()
                .or(() -> villages.stream().filter(p -> p.code().equals(code)).findFirst());
    }

    /** The township whose area contains the lon/lat point {@code (lon, lat)}. */
    public Optional<SheetPlace> townshipAt(double lon, double lat) {
        org.locationtech.jts.geom.Point point = new org.locationtech.jts.geom.GeometryFactory()
                .createPoint(new org.locationtech.jts.geom.Coordinate(lon, lat));
        return townships.stream().filter(t -> t.lonLat() != null && t.lonLat().covers(point)).findFirst();
    }

    private static List<SheetPlace> places(Project project, String table, String townshipField) {
        return project.layer(table).map(layer -> layer.layer().features().stream()
                .filter(f -> !f.text("code").isEmpty() && !f.text("name").isEmpty())
                .map(f -> new SheetPlace(f.text("code"), f.text("name"), f.text(townshipField), f.geometry()))
                .sorted(Comparator.comparing(SheetPlace::code)).toList()).orElse(List.of());
    }

    private static List<SheetPlace> marked(MapLayer layer, String field, List<SheetPlace> places) {
        List<String> codes = layer.layer().features().stream().filter(f -> !f.text(field).isEmpty())
                .map((Feature f) -> f.text("code")).toList();
        return places.stream().filter(p -> codes.contains(p.code())).toList();
    }
}
