package rectimap.ui.photos;

import java.time.format.DateTimeFormatter;
import java.util.Locale;
import rectimap.media.Photo;
import rectimap.media.PhotoTag;
import rectimap.ui.Messages;

/** What a photo is captioned with in the window: time, tag, place and who, in the interface language. */
final class PhotoCaptions {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private final Messages messages;

    PhotoCaptions(Messages messages) {
        this.messages = messages;
    }

    /** "2026-05-03 10:20 · 整改后" (the tag left out when untagged). */
    String brief(Photo photo) {
        String time = photo.takenAt() == null ? messages.get("photo.unknownTime") : photo.takenAt().format(TIME);
        return photo.tag() == PhotoTag.UNTAGGED ? time : messages.format("photo.caption", time, tag(photo.tag()));
    }

    /** The short caption, then the place (lon, lat) and who took it, each when known; then the file name. */
    String full(Photo photo) {
        StringBuilder text = new StringBuilder(brief(photo));
        if (photo.lon() != null && photo.lat() != null) {
            text.append(" · ").append(String.format(Locale.ROOT, "%.6f, %.6f", photo.lon(), photo.lat()));
        }
        if (!photo.who().isBlank()) {
            text.append(" · ").append(photo.who());
        }
        return text.append('\n').append(photo.fileName()).toString();
    }

    String tag(PhotoTag tag) {
        return messages.get("photo.tag." + tag.name());
    }
}
