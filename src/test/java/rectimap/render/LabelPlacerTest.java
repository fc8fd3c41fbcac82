package rectimap.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Envelope;
import rectimap.model.style.LabelRule;
import rectimap.model.style.Rgba;

class LabelPlacerTest {

    private static final LabelRule RULE = new LabelRule("name", 1e9, 3, Rgba.BLACK, Rgba.WHITE, 0);
    private static final TextExtent EXTENT = new TextExtent(60, 12, 3);

    private static LabelRequest request(String text, int priority, double weight, double x, double y) {
        return new LabelRequest(text, RULE, 12, priority, weight, EXTENT, 1,
                List.of(new LabelRequest.Candidate(x, y)));
    }

    /** What an 800 × 600 surface keeps of {@code requests}. */
    private static List<PlacedLabel> place(LabelRequest... requests) {
        return new LabelPlacer(800, 600).place(List.of(requests));
    }

    private static List<String> texts(List<PlacedLabel> placed) {
        return placed.stream().map(p -> p.request().text()).toList();
    }

    @Test
    void overlappingCandidatesKeepOnlyTheHigherPriority() {
        LabelRequest village = request("雷家坡村委会", 20, 0, 100, 100);
        LabelRequest township = request("解州镇", 100, 5e6, 120, 105);

        List<PlacedLabel> placed = place(village, township);

        assertThat(texts(placed)).containsExactly("解州镇");
    }

    @Test
    void atEqualPriorityTheBiggerFeatureWins() {
        LabelRequest small = request("小", 50, 10, 100, 100);
        LabelRequest big = request("大", 50, 1000, 110, 100);

        List<PlacedLabel> placed = place(small, big);

        assertThat(texts(placed)).containsExactly("大");
    }

    @Test
    void aBlockedLabelTakesItsNextCandidate() {
        LabelRequest first = request("解州镇", 100, 0, 100, 100);
        LabelRequest second = new LabelRequest("牛庄村", RULE, 12, 10, 0, EXTENT, 1, List.of(
                new LabelRequest.Candidate(110, 100), new LabelRequest.Candidate(110, 140)));

        List<PlacedLabel> placed = place(first, second);

        assertThat(placed).hasSize(2);
        assertThat(placed.get(1).y()).isEqualTo(140);
    }

    @Test
    void labelsOutsideTheSurfaceAreDropped() {
        List<PlacedLabel> placed = place(request("边", 1, 0, 780, 300));

        assertThat(placed).isEmpty();
    }

    @Test
    void aRoadThatOnlyRepeatsAShownVillageNameGivesWay() {
        LabelRequest village = request("曲村村委会", 65, 0, 100, 100);
        LabelRequest access = request("曲村村委会进村路", 15, 0, 400, 300);
        LabelRequest between = request("曲村村委会—解州镇", 15, 0, 400, 400);
        LabelRequest otherVillagesRoad = request("常平村委会进村路", 15, 0, 400, 500);

        List<PlacedLabel> placed = place(access, between, otherVillagesRoad,
                village);

        assertThat(texts(placed))
                .containsExactly("曲村村委会", "曲村村委会—解州镇", "常平村委会进村路");
    }

    @Test
    void aRepeatedNameGivesWayEvenWhereItsVillageFoundNoPlaceButNotToItsOwnRank() {
        LabelRequest township = request("解州镇", 100, 0, 100, 100);
        LabelRequest village = request("曲村村委会", 65, 0, 110, 100);
        LabelRequest access = request("曲村村委会进村路", 15, 0, 400, 300);
        LabelRequest sameRank = request("解州镇中心街", 100, 0, 400, 500);

        List<PlacedLabel> placed = place(township, village, access, sameRank);

        assertThat(texts(placed))
                .containsExactly("解州镇", "解州镇中心街");
    }

    @Test
    void keepOutBoxesStayFree() {
        Envelope badge = new Envelope(700, 800, 0, 50);
        LabelRequest underBadge = new LabelRequest("运城南出口", RULE, 12, 80, 0, EXTENT, 1, List.of(
                new LabelRequest.Candidate(690, 30), new LabelRequest.Candidate(600, 80)));

        List<PlacedLabel> placed = new LabelPlacer(800, 600, List.of(badge)).place(List.of(underBadge));

        assertThat(placed).singleElement().satisfies(p -> assertThat(p.y()).isEqualTo(80));
    }

    @Test
    void noTwoPlacedBoxesIntersectInACrowd() {
        Random random = new Random(42);
        List<LabelRequest> crowd = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            double x = random.nextDouble() * 700;
            double y = 20 + random.nextDouble() * 560;
            crowd.add(new LabelRequest("村" + i, RULE, 12, random.nextInt(5), random.nextDouble(), EXTENT, 1,
                    List.of(new LabelRequest.Candidate(x, y), new LabelRequest.Candidate(x, y + 20),
                            new LabelRequest.Candidate(x - 70, y))));
        }

        List<PlacedLabel> placed = new LabelPlacer(800, 600).place(crowd);

        assertThat(placed).hasSizeBetween(20, 499);
        for (int a = 0; a < placed.size(); a++) {
            for (int b = a + 1; b < placed.size(); b++) {
                assertThat(placed.get(a).box().intersects(placed.get(b).box()))
                        .as("%s vs %s", placed.get(a).request().text(), placed.get(b).request().text()).isFalse();
            }
        }
    }
}
