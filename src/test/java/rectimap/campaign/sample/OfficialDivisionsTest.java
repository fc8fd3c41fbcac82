package rectimap.campaign.sample;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The sample holds exactly the official 22 townships and 310 villages, codes and names as in the division list. */
class OfficialDivisionsTest {

    /** Code → name of the rows of the committed list with this level, read straight from the file. */
    private static Map<String, String> official(String level) throws IOException {
        List<String> lines = Files.readAllLines(Path.of("data/yanhu_divisions.csv"), StandardCharsets.UTF_8);
        Map<String, String> byCode = new LinkedHashMap<>();
        lines.stream().skip(1).map(l -> l.split(",")).filter(cells -> cells[2].equals(level))
                .forEach(cells -> byCode.put(cells[0], cells[1]));
        return byCode;
    }

    private static Map<String, String> inLayer(String table) {
        return GeneratedYanhu.features(table).collect(Collectors.toMap(f -> f.text("code"), f -> f.text("name"),
                (a, b) -> a + "|" + b, LinkedHashMap::new));
    }

    @Test
    void townshipLayerHoldsThe22OfficialTownships() throws IOException {
        assertThat(GeneratedYanhu.layer("township").features()).hasSize(22);
        assertThat(inLayer("township")).isEqualTo(official("township"));
    }

    @Test
    void villageLayerHoldsThe310OfficialVillages() throws IOException {
        assertThat(GeneratedYanhu.layer("village").features()).hasSize(310);
        assertThat(inLayer("village")).isEqualTo(official("village"));
    }

    @Test
    void kindsFollowTheOfficialCounts() {
        Map<String, Long> townshipKinds = GeneratedYanhu.features("township")
                .collect(Collectors.groupingBy(f -> f.text("kind"), Collectors.counting()));
        assertThat(townshipKinds).containsExactlyInAnyOrderEntriesOf(
                Map.of("街道", 8L, "镇", 7L, "乡", 6L, "开发区", 1L));
        Map<String, Long> villageKinds = GeneratedYanhu.features("village")
                .collect(Collectors.groupingBy(f -> f.text("kind"), Collectors.counting()));
        assertThat(villageKinds).containsExactlyInAnyOrderEntriesOf(
                Map.of("村委会", 233L, "社区居委会", 76L, "虚拟社区", 1L));
    }

    @Test
    void demonstrationTownsAndNamedCultureVillagesAreFlagged() {
        assertThat(GeneratedYanhu.features("township").filter(f -> f.text("demo").equals("示范镇"))
                .map(f -> f.text("name"))).containsExactlyInAnyOrder("解州镇", "龙居镇", "三路里镇");
        assertThat(GeneratedYanhu.features("village").filter(f -> f.text("culture").equals("文化体验村"))
                .map(f -> f.text("code"))).containsExactlyInAnyOrder(
                        "140802205204", "140802101207", "140802101216", "140802204216");
    }
}
