package rectimap.print;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import rectimap.geo.CrsTransform;
import rectimap.geo.Epsg;
import rectimap.model.Feature;
import rectimap.model.Project;
import rectimap.raster.RasterException;
import rectimap.raster.RasterLayer;
import rectimap.render.RenderLayer;

/**
 * What sheets are drawn from: the project's layers made ready to draw (bottom first; hidden ones stay hidden) and the
 * project facts a sheet needs: its townships and villages by name and code, demonstration sites, the district
 * outline, whether schematic layers show. Immutable and safe to share between threads (atlas pages are prepared in
 * parallel).
 */
public final class SheetContent {

    static final String TOWNSHIP_TABLE = "township";
    static final String VILLAGE_TABLE = "village";
    static final String DISTRICT_TABLE = "district";
    static final String RESPONSIBILITY_TABLE = "responsibility_area";
    /** Half the side of the square a village sheet shows around the village point, in metres. */
    static final double VILLAGE_HALF_SIDE_M = 1_200;

    private final List<RenderLayer> layers;
    private final boolean schematic;
    private final SheetDayStyle dayStyle;
    private final java.util.Map<java.time.LocalDate, SheetContent> byDay = new java.util.concurrent.ConcurrentHashMap<>();
    /** Each place's area in EPSG:4490 lon/lat by code (townships; "" the district; villages: {@link #villages}). */
    private final java.util.Map<String, Geometry> areasLonLat = new java.util.HashMap<>();
    private final List<SheetPlace> townships = new ArrayList<>();
    private final VillagePlaces villages;
    private final List<String> siteCodes = new ArrayList<>();
    private final SheetPlace district;
    private final List<RenderLayer> insetLayers = new ArrayList<>();
    /** Imagery under the map frame (first lowest), and where a raster that fails while printing is reported. */
    private final List<RasterLayer> rasters;
    private final Consumer<RasterException> rasterProblems;
    /** Layers the overview inset shows (without their labels): enough to recognise the district. */
    private static final java.util.Set<String> INSET_TABLES = java.util.Set.of(DISTRICT_TABLE, TOWNSHIP_TABLE,
            "salt_lake");

    /**
     * Content from layers already built for display (the app passes its own, so nothing is projected twice).
     * {@code schematic}: whether visible layers hold schematic geometry (the 示意 note then shows).
     */
    public SheetContent(List<RenderLayer> layers, boolean schematic) {
        this(layers, schematic, SheetDayStyle.NONE, VillageAreas.NONE);
    }

    /**
     * Content whose layers look as {@code dayStyle} says on each sheet's date, and whose village sheets outline and
     * count the village's area from {@code villageAreas}.
     */
    public SheetContent(List<RenderLayer> layers, boolean schematic, SheetDayStyle dayStyle,
                        VillageAreas villageAreas) {
        this.layers = List.copyOf(layers);
        this.schematic = schematic;
        this.dayStyle = dayStyle;
        this.rasters = List.of();
        this.rasterProblems = problem -> { };
        CrsTransform toDisplay = CrsTransform.between(Epsg.CGCS2000, Epsg.CGCS2000_GK_CM_111E);
        Envelope all = new Envelope();
        Geometry districtArea = null;
        String districtName = "";
        List<Feature> villageFeatures = new ArrayList<>();
        for (RenderLayer layer : this.layers) {
            all.expandToInclude(layer.extent());
            if (INSET_TABLES.contains(layer.tableName()) && layer.mapLayer().visible()) {
                // Sharing the projected data: only the style changes, so this costs nothing per feature.
                insetLayers.add(layer.withMapLayer(new rectimap.model.MapLayer(layer.mapLayer().layer(),
                        layer.mapLayer().style().withLabel(null), true, layer.mapLayer().opacity())));
            }
            switch (layer.tableName()) {
                case TOWNSHIP_TABLE -> layer.mapLayer().layer().features().forEach(f -> addTownship(f, toDisplay));
                case VILLAGE_TABLE -> layer.mapLayer().layer().features().forEach(f -> {
                    villageFeatures.add(f);
                    if ("文化体验村".equals(f.text("culture"))) {
                        siteCodes.add(f.text("code"));
                    }
                });
                case DISTRICT_TABLE -> {
                    List<Feature> features = layer.mapLayer().layer().features();
                    if (!features.isEmpty()) {
                        districtArea = toDisplay.apply(features.get(0).geometry());
                        areasLonLat.put("", features.get(0).geometry());
                        districtName = features.get(0).text("name");
                    }
                }
                default -> { }
            }
        }
        villages = new VillagePlaces(villageFeatures, toDisplay, villageAreas);
        Envelope districtExtent = districtArea != null ? districtArea.getEnvelopeInternal() : all;
        district = new SheetPlace(SheetPlace.Kind.DISTRICT, "", districtName, districtName, districtArea, districtExtent);
    }

    /** The same content with other layers (the places and inset stay): for {@link #onDay}. */
    private SheetContent(SheetContent base, List<RenderLayer> layers) {
        this(base, layers, SheetDayStyle.NONE, base.rasters, base.rasterProblems);
    }

    private SheetContent(SheetContent base, List<RenderLayer> layers, SheetDayStyle dayStyle, List<RasterLayer> rasters,
                         Consumer<RasterException> rasterProblems) {
        this.layers = List.copyOf(layers);
        this.schematic = base.schematic;
        this.dayStyle = dayStyle;
        this.rasters = List.copyOf(rasters);
        this.rasterProblems = rasterProblems;
        this.townships.addAll(base.townships);
        this.villages = base.villages;
        this.siteCodes.addAll(base.siteCodes);
        this.district = base.district;
        this.insetLayers.addAll(base.insetLayers);
        this.areasLonLat.putAll(base.areasLonLat);
    }

    /**
     * The same content over raster ground: {@code rasters} (first lowest; hidden ones skipped) are drawn under the
     * vector layers of every map frame at the sheet's resolution; a raster that fails while a sheet is drawn is left
     * out of it and handed to {@code problems} (any thread), the rest of the sheet is drawn.
     */
    public SheetContent withRasters(List<RasterLayer> rasters, Consumer<RasterException> problems) {
        return new SheetContent(this, layers, dayStyle, rasters, problems);
    }

    /** The imagery under the map frame, first lowest. */
    public List<RasterLayer> rasters() {
        return rasters;
    }

    void reportRasterProblem(RasterException problem) {
        rasterProblems.accept(problem);
    }

    /**
     * This content as a sheet dated {@code day} shows it (e.g. cases by their traffic light on that day); this very
     * content when nothing depends on the day. Remembered per day.
     */
    public SheetContent onDay(java.time.LocalDate day) {
        if (dayStyle == SheetDayStyle.NONE) {
            return this;
        }
        return byDay.computeIfAbsent(day, d -> {
            List<RenderLayer> dated = new ArrayList<>(layers.size());
            for (RenderLayer layer : layers) {
                rectimap.model.MapLayer restyled = dayStyle.onDay(layer.mapLayer(), d);
                dated.add(restyled == layer.mapLayer() ? layer : layer.withMapLayer(restyled));
            }
            return new SheetContent(this, dated);
        });
    }

    /**
     * The area of a place in EPSG:4490 lon/lat (the stored outline; a village's known area), or null when the place
     * has no area (a village known only by its point).
     */
    public Geometry areaLonLat(SheetPlace place) {
        return place.kind() == SheetPlace.Kind.VILLAGE ? villages.areaLonLat(place.code())
                : areasLonLat.get(place.kind() == SheetPlace.Kind.DISTRICT ? "" : place.code());
    }

    /** Content of a whole project: every layer projected for display (slow for big projects: off the UI thread). */
    public static SheetContent of(Project project) {
        return new SheetContent(RenderLayer.forDisplay(project.layers()), project.showsSchematic());
    }

    /** Content of a whole project whose sheets show layers by {@code dayStyle} and villages by their areas. */
    public static SheetContent of(Project project, SheetDayStyle dayStyle, VillageAreas villageAreas) {
        return new SheetContent(RenderLayer.forDisplay(project.layers()), project.showsSchematic(), dayStyle,
                villageAreas);
    }

    private void addTownship(Feature feature, CrsTransform toDisplay) {
        Geometry area = toDisplay.apply(feature.geometry());
        areasLonLat.put(feature.text("code"), feature.geometry());
        townships.add(new SheetPlace(SheetPlace.Kind.TOWNSHIP, feature.text("code"), feature.text("name"),
                feature.text("name"), area, area.getEnvelopeInternal()));
        if ("示范镇".equals(feature.text("demo"))) {
            siteCodes.add(feature.text("code"));
        }
    }

    public List<RenderLayer> layers() {
        return layers;
    }

    /** The layers of the overview inset, unlabelled (empty when the project has none of them). */
    public List<RenderLayer> insetLayers() {
        return List.copyOf(insetLayers);
    }

    public boolean schematic() {
        return schematic;
    }

    /** The townships in layer order (the sample's 22). */
    public List<SheetPlace> townships() {
        return List.copyOf(townships);
    }

    /** The villages of the named township (by name or code), in layer order. */
    public List<SheetPlace> villagesOf(String township) throws SheetException {
        SheetPlace town = township(township);
        return villages.places().stream().filter(v -> v.townshipName().equals(town.name())).toList();
    }

    /** The demonstration sites (示范镇 and 文化体验村) in layer order, townships first. */
    public List<SheetPlace> sites() {
        List<SheetPlace> sites = new ArrayList<>();
        townships.stream().filter(t -> siteCodes.contains(t.code())).forEach(sites::add);
        villages.places().stream().filter(v -> siteCodes.contains(v.code())).forEach(sites::add);
        return sites;
    }

    /** The whole district (its outline when the project has a district layer, else all layers' extent). */
    public SheetPlace district() {
        return district;
    }

    /** A township by name or code. */
    public SheetPlace township(String nameOrCode) throws SheetException {
        for (SheetPlace town : townships) {
            if (town.code().equals(nameOrCode) || town.name().equals(nameOrCode)) {
                return town;
            }
        }
        throw new SheetException(SheetProblem.UNKNOWN_PLACE, nameOrCode);
    }

    /** A township or village by code or unique name (a township name wins over a village of the same name). */
    public SheetPlace place(String nameOrCode) throws SheetException {
        Optional<SheetPlace> town = townships.stream()
                .filter(t -> t.code().equals(nameOrCode) || t.name().equals(nameOrCode)).findFirst();
        if (town.isPresent()) {
            return town.get();
        }
        List<SheetPlace> found = villages.places().stream()
                .filter(v -> v.code().equals(nameOrCode) || v.name().equals(nameOrCode)).toList();
        if (found.size() > 1) {
            throw new SheetException(SheetProblem.AMBIGUOUS_PLACE, nameOrCode,
                    String.join("、", found.stream().map(v -> v.code() + " " + v.townshipName()).toList()));
        }
        if (found.isEmpty()) {
            throw new SheetException(SheetProblem.UNKNOWN_PLACE, nameOrCode);
        }
        return found.get(0);
    }

    /** A demonstration site by code. */
    public SheetPlace site(String code) throws SheetException {
        if (!siteCodes.contains(code)) {
            throw new SheetException(SheetProblem.UNKNOWN_SITE, code);
        }
        return place(code);
    }

    /** The place a sheet extent stands for, or null for a plain map area. */
    public SheetPlace placeOf(SheetExtent extent) throws SheetException {
        if (extent instanceof SheetExtent.DivisionExtent division) {
            return place(division.code());
        }
        if (extent instanceof SheetExtent.SiteExtent site) {
            return site(site.code());
        }
        return extent instanceof SheetExtent.DistrictExtent ? district : null;
    }
}
