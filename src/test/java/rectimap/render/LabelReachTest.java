package rectimap.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import rectimap.model.style.LabelRule;
import rectimap.model.style.Rgba;

/** Which layers' labels a frame draws: by scale threshold on screen, by the space they take on paper. */
class LabelReachTest {

    private static final TextExtent EXTENT = new TextExtent(40, 8, 2);

    private static LabelRule rule(double maxScale, int priority) {
        return new LabelRule("name", maxScale, 3, Rgba.BLACK, Rgba.WHITE, priority);
    }

    private static List<LabelRequest> group(String prefix, LabelRule rule, int count) {
        List<LabelRequest> requests = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            requests.add(new LabelRequest(prefix + i, rule, 10, rule.priority(), 0, EXTENT, 0,
                    List.of(new LabelRequest.Candidate(0, 10))));
        }
        return requests;
    }

    @Test
    void theScreenGoesByEachRulesScaleThreshold() {
        assertThat(LabelReach.SCALE_THRESHOLDS.considers(rule(100_000, 65), 70_000)).isTrue();
        assertThat(LabelReach.SCALE_THRESHOLDS.considers(rule(50_000, 15), 70_000)).isFalse();
        assertThat(LabelReach.PAPER_SPACE.considers(rule(50_000, 15), 70_000)).isTrue();
    }

    @Test
    void paperKeepsWholeLayersByPriorityWhileTheirBoxesFitTheShare() {
        // 1000 × 1000 units: a share of 12 % is 120,000 units², each box here 400 units².
        List<LabelRequest> townships = group("镇", rule(1e9, 100), 20);      // 8,000
        List<LabelRequest> villages = group("村", rule(60_000, 65), 200);    // 80,000
        List<LabelRequest> roads = group("路", rule(50_000, 15), 200);       // 80,000: would pass the share
        List<LabelRequest> entrances = group("口", rule(1e9, 10), 6);        // 2,400: still fits below the roads

        List<LabelRequest> chosen = LabelReach.PAPER_SPACE.select(List.of(roads, villages, entrances, townships),
                1000, 1000);

        assertThat(chosen).extracting(r -> r.text().substring(0, 1)).containsOnly("镇", "村", "口");
        assertThat(chosen).hasSize(226);
        assertThat(LabelReach.SCALE_THRESHOLDS.select(List.of(roads, villages), 1000, 1000)).hasSize(400);
    }
}
