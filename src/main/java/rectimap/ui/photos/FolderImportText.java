package rectimap.ui.photos;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import rectimap.media.PhotoException;
import rectimap.media.PhotoImportOutcome;
import rectimap.ui.Messages;

/**
 * The one closing sentence of a folder import: "已导入 3 张照片，2 张关联到要素，1 张只有位置点（50 米内没有整治要素）；1 张与已有照片相同，
 * 已跳过；1 张没有 GPS 位置，未导入：无定位.jpg（…）；2 个文件损坏或不是照片，未导入：坏.jpg（已损坏）、说明.txt（不是照片文件）。"
 * File names are listed up to {@value #NAMES_SHOWN}, then "等 N 个". Pure.
 */
final class FolderImportText {
    static final int NAMES_SHOWN = 5;

    private FolderImportText() {
    }

    /** The sentence for {@code outcome} of a batch linked within {@code withinM} metres. */
    static String of(Messages messages, PhotoImportOutcome outcome, int withinM) {
        StringBuilder text = new StringBuilder(outcome.stored() == 0 ? messages.get("photo.folder.nothing")
                : messages.format("photo.folder.done", outcome.stored(), outcome.linked()));
        if (outcome.pointOnly() > 0) {
            text.append(messages.format("photo.folder.pointOnly", outcome.pointOnly(), withinM));
        }
        if (!outcome.duplicates().isEmpty()) {
            text.append(messages.format("photo.folder.duplicates", outcome.duplicates().size()));
        }
        if (!outcome.withoutPosition().isEmpty()) {
            text.append(messages.format("photo.folder.withoutPosition", outcome.withoutPosition().size(),
                    names(messages, outcome.withoutPosition().stream().map(FolderImportText::name).toList())));
        }
        List<String> bad = new ArrayList<>();
        for (PhotoException failure : outcome.leftOut()) {
            bad.add(messages.format("photo.folder.badItem", name(failure.file()),
                    messages.get("photo.folder.reason." + failure.problem().name())));
        }
        for (Path file : outcome.notPhotos()) {
            bad.add(messages.format("photo.folder.badItem", name(file), messages.get("photo.folder.reason.notPhoto")));
        }
        if (!bad.isEmpty()) {
            text.append(messages.format("photo.folder.bad", bad.size(), names(messages, bad)));
        }
        return text.append(messages.get("photo.folder.end")).toString();
    }

    private static String names(Messages messages, List<String> names) {
        String shown = String.join(messages.get("photo.folder.separator"),
                names.subList(0, Math.min(NAMES_SHOWN, names.size())));
        return names.size() <= NAMES_SHOWN ? shown : shown + " " + messages.format("photo.folder.andMore", names.size());
    }

    private static String name(Path file) {
        return file.getFileName().toString();
    }
}
