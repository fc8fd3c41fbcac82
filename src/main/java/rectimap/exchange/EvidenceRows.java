package rectimap.exchange;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import rectimap.campaign.planning.PlanningRules;
import rectimap.media.BeforeAfterPair;
import rectimap.media.Photo;
import rectimap.media.PhotoArchive;
import rectimap.media.PhotoTag;
import rectimap.media.PictureScaling;
import rectimap.model.Feature;
import rectimap.model.FeatureRef;
import rectimap.model.MapLayer;
import rectimap.model.Project;
import rectimap.print.EvidencePages;
import rectimap.print.EvidencePhoto;
import rectimap.print.EvidenceRow;

/**
 * The photo pages of printed sheets: for each given feature that has photos, its 整改前 and 整改后 photo
 * ({@link BeforeAfterPair}, as the window's viewer pairs them) with tag, time, who, place and file name. Pictures
 * are read from {@code archive} and scaled to {@value #PRINT_SIDE_PX} px only when their page is painted, on the
 * thread that writes the PDF (which must be the archive's thread).
 */
public final class EvidenceRows {
    /** The longer side of a printed photo: 85 mm wide at about 360 dpi, so a 12-MP photo costs ~0.2 MB, not 5. */
    public static final int PRINT_SIDE_PX = 1200;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private EvidenceRows() {
    }

    /** The photo pages titled {@code title} for {@code features} (in that order; features without photos left out). */
    public static EvidencePages of(String title, Project project, PhotoArchive archive, List<FeatureRef> features) {
        Map<FeatureRef, List<Photo>> all = archive.byFeature();
        List<EvidenceRow> rows = new ArrayList<>();
        for (FeatureRef ref : features) {
            List<Photo> photos = all.getOrDefault(ref, List.of());
            if (photos.isEmpty()) {
                continue;
            }
            BeforeAfterPair pair = BeforeAfterPair.of(photos);
            String heading = heading(project, ref) + (photos.size() > 2 ? "（共 " + photos.size() + " 张照片，印整改前后各一张）" : "");
            rows.add(new EvidenceRow(heading, photo(pair.before(), archive), photo(pair.after(), archive)));
        }
        return rows.isEmpty() ? EvidencePages.NONE : new EvidencePages(title, rows);
    }

    private static String heading(Project project, FeatureRef ref) {
        Optional<MapLayer> layer = project.layer(ref.tableName());
        Optional<Feature> feature = layer.flatMap(l -> l.layer().feature(ref.featureId()));
        if (layer.isEmpty() || feature.isEmpty()) {
            return ref.tableName() + " " + ref.featureId();
        }
        return layer.get().info().title() + " · " + PlanningRules.INSTANCE.displayName(layer.get().info(), feature.get());
    }

    private static EvidencePhoto photo(Optional<Photo> chosen, PhotoArchive archive) {
        if (chosen.isEmpty()) {
            return null;
        }
        Photo photo = chosen.get();
        List<String> caption = new ArrayList<>();
        String when = photo.takenAt() == null ? "拍摄时间不详" : photo.takenAt().format(TIME);
        caption.add(photo.who().isBlank() ? when : when + " · " + photo.who());
        String place = photo.lon() == null || photo.lat() == null ? ""
                : String.format(Locale.ROOT, "%.6f, %.6f · ", photo.lon(), photo.lat());
        caption.add(place + photo.fileName());
        String tag = photo.tag() == PhotoTag.UNTAGGED ? "未标注（按拍摄时间排）" : photo.tag().label();
        return new EvidencePhoto(tag, caption, () -> PictureScaling.fitted(archive.picture(photo.id())
                .orElseThrow(() -> new IllegalStateException("photo " + photo.id() + " is no longer stored")),
                PRINT_SIDE_PX));
    }
}
