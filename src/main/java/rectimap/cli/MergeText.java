package rectimap.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import rectimap.campaign.FieldLabels;
import rectimap.model.Feature;
import rectimap.model.FeatureType;
import rectimap.model.Field;
import rectimap.model.LayerInfo;
import rectimap.store.pg.MergeItem;
import rectimap.store.pg.MergeReport;
import rectimap.store.pg.PhotosOutsideTownship;

/**
 * The lines {@code merge} prints about its report: the step written, then one line per conflict (what differs,
 * who changed it on the server, how to choose), per conflict settled for the server and per refused feature, in
 * the user's language with the layers' and fields' own labels.
 */
final class MergeText {
    private final Locale locale;
    private final FieldLabels labels;
    private final List<LayerInfo> layers;

    MergeText(Locale locale, List<LayerInfo> layers) {
        this.locale = locale;
        this.labels = FieldLabels.of(locale);
        this.layers = layers;
    }

    List<String> lines(MergeReport report) {
        List<String> lines = new ArrayList<>();
        String township = report.info().townshipName();
        if (report.stepId() == null) {
            lines.add(UserText.format(locale, "cli.mergedNothing", township, report.same().size()));
        } else {
            lines.add(UserText.format(locale, "cli.merged", township, report.stepName(),
                    report.count(MergeItem.Kind.ADD), report.count(MergeItem.Kind.CHANGE),
                    report.count(MergeItem.Kind.DELETE), report.same().size()));
        }
        for (MergeItem item : report.conflicts()) {
            lines.add(UserText.format(locale, "cli.mergeConflict", title(item), Long.toString(item.serverFid()), Long.toString(item.packageFid()),
                    item.theirs() == null ? "" : item.theirs().changedBy(), differences(item),
                    UserText.pattern(locale, item.mine() == null ? "cli.mergeDeletedInPackage"
                            : item.theirs() == null ? "cli.mergeDeletedOnServer" : "cli.mergeChangedOnBoth")));
        }
        for (MergeItem item : report.keptServer()) {
            lines.add(UserText.format(locale, "cli.mergeKept", title(item), Long.toString(item.serverFid()),
                    Long.toString(item.packageFid())));
        }
        for (MergeItem item : report.outside()) {
            lines.add(UserText.format(locale, "cli.mergeOutside", title(item), Long.toString(item.packageFid()), township));
        }
        report.skippedLayers().forEach(t -> lines.add(UserText.format(locale, "cli.mergeSkipped", t)));
        MergeReport.PhotoCounts photos = report.photos();
        long pointsAdded = report.points(MergeItem.Kind.ADD);
        long pointsDeleted = report.points(MergeItem.Kind.DELETE);
        if (photos.pictures() + photos.linked() + photos.unlinked() + pointsAdded + pointsDeleted > 0) {
            lines.add(UserText.format(locale, "cli.mergedPhotos", photos.pictures(), photos.linked(),
                    photos.unlinked(), pointsAdded, pointsDeleted));
        }
        return lines;
    }

    /** The sentence refusing a merge whose photos are attached outside the township, naming each photo. */
    String refusal(PhotosOutsideTownship refused) {
        String names = refused.photos().stream().map(p -> UserText.format(locale, "merge.photoOn", p.fileName(),
                layer(p.table()).map(labels::layerTitle).orElse(p.table()), Long.toString(p.fid())))
                .collect(java.util.stream.Collectors.joining(locale.getLanguage().equals("en") ? ", " : "、"));
        return UserText.format(locale, "merge.photosOutside", refused.photos().size(), refused.township(), names);
    }

    private String title(MergeItem item) {
        return layer(item.tableName()).map(labels::layerTitle).orElse(item.tableName());
    }

    private java.util.Optional<LayerInfo> layer(String table) {
        return layers.stream().filter(l -> l.tableName().equals(table)).findFirst();
    }

    /** The labels of what differs between the package's and the server's feature ("图形、状态"), or "". */
    private String differences(MergeItem item) {
        Feature mine = item.mine();
        Feature theirs = item.theirs() == null ? null : item.theirs().feature();
        if (mine == null || theirs == null) {
            return "";
        }
        List<String> names = new ArrayList<>();
        if (!mine.geometry().equalsExact(theirs.geometry())) {
            names.add(UserText.pattern(locale, "cli.mergeGeometry"));
        }
        FeatureType type = layer(item.tableName()).map(LayerInfo::type).orElse(null);
        if (type != null) {
            for (Field field : type.fields()) {
                if (!Objects.equals(String.valueOf(mine.get(field.name())), String.valueOf(theirs.get(field.name())))) {
                    names.add(labels.field(type, field.name()));
                }
            }
        }
        return String.join(locale.getLanguage().equals("en") ? ", " : "、", names);
    }
}
