package rectimap.media;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The two photos a before/after view puts side by side: the latest photo tagged 整改前 and the latest tagged 整改后;
 * without a tagged one, the earliest untagged photo stands for before and the latest untagged for after (by time
 * taken, photos without a time last), never the same photo twice. The window's viewer and the printed photo pages
 * pair photos this way.
 */
public record BeforeAfterPair(Optional<Photo> before, Optional<Photo> after) {

    public static BeforeAfterPair of(List<Photo> photos) {
        Comparator<Photo> byTime = Comparator.comparing(Photo::takenAt,
                Comparator.nullsFirst(Comparator.naturalOrder())).thenComparingLong(Photo::id);
        List<Photo> untagged = photos.stream().filter(p -> p.tag() == PhotoTag.UNTAGGED).sorted(byTime).toList();
        Optional<Photo> before = photos.stream().filter(p -> p.tag() == PhotoTag.BEFORE).max(byTime)
                .or(() -> untagged.stream().findFirst());
        Optional<Photo> after = photos.stream().filter(p -> p.tag() == PhotoTag.AFTER).max(byTime)
                .or(() -> untagged.stream().filter(p -> before.map(b -> b.id() != p.id()).orElse(true))
                        .reduce((first, second) -> second));
        return new BeforeAfterPair(before, after);
    }
}
