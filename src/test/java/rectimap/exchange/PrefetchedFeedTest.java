package rectimap.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import rectimap.model.Feature;

/**
 * The read-ahead feed hands out what the feed made, in its order, and a failure after the features read before it
 * with the record it named; closing it while the reader waits for room ends the reader.
 */
class PrefetchedFeedTest {

    private static final GeometryFactory FACTORY = new GeometryFactory();

    /** Features for records 0..count-1, then null; or a failure at record {@code failAt}. */
    private static final class Numbers implements rectimap.store.FeatureFeed<ExchangeException> {
        private final int count;
        private final int failAt;
        long lastIndex = -1;

        Numbers(int count, int failAt) {
            this.count = count;
            this.failAt = failAt;
        }

        @Override
        public Feature next() throws ExchangeException {
            if (lastIndex + 1 >= count) {
                return null;
            }
            lastIndex++;
            if (lastIndex == failAt) {
                throw new ExchangeException(ExchangeProblem.CORRUPT_RECORD, Path.of("地块.shp"), lastIndex, "broken");
            }
            return new Feature(lastIndex + 1, FACTORY.createPoint(new Coordinate(lastIndex, 0)), Map.of());
        }
    }

    @Test
    void everyFeatureComesOutInOrder() throws Exception {
        Numbers numbers = new Numbers(PrefetchedFeed.BATCH * 7 + 3, -1);
        List<Long> ids = new ArrayList<>();
        try (PrefetchedFeed ahead = new PrefetchedFeed(numbers, () -> numbers.lastIndex)) {
            for (Feature f = ahead.next(); f != null; f = ahead.next()) {
                ids.add(f.id());
                assertThat(ahead.lastIndex()).isEqualTo(f.id() - 1);
            }
            assertThat(ahead.next()).isNull();
        }
        assertThat(ids).hasSize(PrefetchedFeed.BATCH * 7 + 3);
        for (int i = 0; i < ids.size(); i++) {
            assertThat(ids.get(i)).isEqualTo(i + 1L);
        }
    }

    @Test
    void aFailureComesAfterTheFeaturesBeforeItNamingItsRecord() throws Exception {
        int failAt = PrefetchedFeed.BATCH + 10;
        Numbers numbers = new Numbers(10_000, failAt);
        try (PrefetchedFeed ahead = new PrefetchedFeed(numbers, () -> numbers.lastIndex)) {
            for (int i = 0; i < failAt; i++) {
                assertThat(ahead.next().id()).isEqualTo(i + 1L);
            }
            assertThatThrownBy(ahead::next).isInstanceOf(ExchangeException.class).hasMessageContaining("broken");
            assertThat(ahead.lastIndex()).isEqualTo(failAt);
            assertThat(ahead.next()).isNull();
        }
    }

    @Test
    void closingWhileTheReaderWaitsForRoomEndsIt() throws Exception {
        Numbers numbers = new Numbers(Integer.MAX_VALUE, -1);
        PrefetchedFeed ahead = new PrefetchedFeed(numbers, () -> numbers.lastIndex);
        assertThat(ahead.next().id()).isEqualTo(1L);
        ahead.close();
        long readAfterClose = numbers.lastIndex;
        assertThat(readAfterClose).as("the reader stopped after a few batches")
                .isLessThan((long) PrefetchedFeed.BATCH * (PrefetchedFeed.BATCHES_AHEAD + 3));
    }
}
