package rectimap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import rectimap.store.GdalTools;

/**
 * GDAL reads the committed sample: {@code ogrinfo -al -so} lists every layer with the right counts, Chinese
 * attribute values come out intact, and GDAL's {@code validate_gpkg.py} passes.
 */
class CommittedSampleGdalTest {
    private static final Path COMMITTED = Path.of("maps", "yanhu-sample.gpkg");

    @Test
    void ogrinfoListsEveryLayerWithItsFeatureCount() {
        Map<String, Long> counts = GdalTools.featureCounts(COMMITTED);
        assertThat(counts).containsOnlyKeys("district", "township", "salt_lake", "road", "village", "city_entrance");
        assertThat(counts).containsEntry("district", 1L).containsEntry("township", 22L)
                .containsEntry("salt_lake", 1L).containsEntry("village", 310L).containsEntry("city_entrance", 6L);
        assertThat(counts.get("road")).isGreaterThan(22L + 6L + 310L);
    }

    @Test
    void chineseValuesReadBackIntact() {
        String village = GdalTools.ogrinfo("-q", COMMITTED.toAbsolutePath().toString(), "village",
                "-where", "code = '140802101207'").requireSuccess().output();
        assertThat(village).contains("雷家坡村委会", "龙居镇", "文化体验村", "村委会");
        String township = GdalTools.ogrinfo("-q", COMMITTED.toAbsolutePath().toString(), "township",
                "-where", "code = '140802100000'").requireSuccess().output();
        assertThat(township).contains("解州镇", "示范镇");
    }

    @Test
    void gdalValidatorAcceptsTheFile() {
        GdalTools.validateGpkg(COMMITTED).requireSuccess();
    }
}
