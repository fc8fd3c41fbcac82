package rectimap.exchange;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.locationtech.jts.geom.Geometry;
import rectimap.campaign.FieldLabels;
import rectimap.geo.Epsg;
import rectimap.model.AttributeProblem;
import rectimap.model.ChangeSet;
import rectimap.model.DerivedFields;
import rectimap.model.Feature;
import rectimap.model.FeatureChange;
import rectimap.model.FeatureType;
import rectimap.model.GeometryKind;
import rectimap.model.Layer;
import rectimap.model.LayerInfo;
import rectimap.model.LayerRules;
import rectimap.model.MapLayer;
import rectimap.model.Project;
import rectimap.model.Provenance;

/**
 * Collects the imported features for the target: a new layer (source fields, renamed where a name is reserved or
 * repeats, ids from 1) or an append (values mapped to the target's fields and typed, completed and validated by
 * the layer's rules, derived areas and lengths computed, ids after the layer's largest).
 */
final class FeatureAssembly {
    private final LayerInfo info;
    private final Map<String, String> sourceByTarget;
    private final LayerRules rules;
    private final boolean append;
    private final List<Feature> features = new ArrayList<>();
    private final OverlapCheck overlaps;
    private long nextId;

    private FeatureAssembly(LayerInfo info, Map<String, String> sourceByTarget, LayerRules rules, boolean append,
                            long firstId, List<Feature> existing) {
        this.info = info;
        this.overlaps = rules.noOverlapField(info).map(field -> new OverlapCheck(field, existing)).orElse(null);
        this.sourceByTarget = sourceByTarget;
        this.rules = rules;
        this.append = append;
        this.nextId = firstId;
    }

    static FeatureAssembly of(ImportPlan plan, SourceSchema schema, Project project, LayerRules rules)
            throws ExchangeException {
        if (plan.target() instanceof ImportTarget.Append append) {
            MapLayer layer = project.layer(append.tableName()).orElseThrow(() -> new ExchangeException(
                    ExchangeProblem.UNSUPPORTED, plan.file(), -1, "the project has no layer " + append.tableName()));
            long maxId = layer.layer().features().stream().mapToLong(Feature::id).max().orElse(0);
            return new FeatureAssembly(layer.info(), append.sourceFieldByTarget(), rules, true, maxId + 1,
                    layer.layer().features());
        }
        ImportTarget.NewLayer target = (ImportTarget.NewLayer) plan.target();
        if (project.layer(target.tableName()).isPresent()) {
            throw new ExchangeException(ExchangeProblem.UNSUPPORTED, plan.file(), -1,
                    "the project already has a layer named " + target.tableName());
        }
        NewLayerFields named = NewLayerFields.of(plan.file(), schema.fields());
        FeatureType type = new FeatureType(target.tableName(), GeometryFit.newLayerKind(schema.kind()), named.fields());
        LayerInfo info = new LayerInfo(type, NewLayerNames.uniqueTitle(target.title(), project), target.role(), Provenance.SURVEYED,
                "导入自 " + plan.file().getFileName(), Epsg.CGCS2000);
        return new FeatureAssembly(info, named.sourceByTarget(), LayerRules.NONE, false, 1, List.of());
    }

    GeometryKind kind() {
        return info.type().geometryKind();
    }

    long count() {
        return features.size();
    }

    void add(Path file, SourceRecord record, Geometry lonLat) throws ExchangeException {
        Map<String, Object> values = NewLayerFields.typedValues(info.type().fields(), sourceByTarget, file, record);
        Map<String, Object> completed = DerivedFields.recompute(info.type(), lonLat, rules.completed(info, values));
        Feature feature = new Feature(nextId++, lonLat, completed);
        if (append) {
            List<AttributeProblem> problems = rules.problems(info, null, feature);
            if (!problems.isEmpty()) {
                AttributeProblem first = problems.get(0);
                throw new ExchangeException(ExchangeProblem.BAD_VALUE, file, record.index(),
                        FieldLabels.of(Locale.ENGLISH).field(info.type(), first.field()) + ": " + first.reasonEn(),
                        FieldLabels.of(Locale.SIMPLIFIED_CHINESE).field(info.type(), first.field()) + "："
                                + first.reasonZh());
            }
            if (overlaps != null) {
                overlaps.require(file, record.index(), feature);
            }
        }
        features.add(feature);
    }

    ImportResult result(ImportPlan plan, List<RecordNote> notes) {
        if (!append) {
            return new ImportResult(new Layer(info, features), null, notes, features.size());
        }
        List<FeatureChange> changes = features.stream().map(f -> FeatureChange.added(info.tableName(), f)).toList();
        String name = "导入 " + plan.file().getFileName() + " 到 " + info.title() + "（" + features.size() + " 个）";
        return new ImportResult(null, new ChangeSet(name, changes), notes, features.size());
    }
}
