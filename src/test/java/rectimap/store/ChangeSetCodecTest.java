package rectimap.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;
import rectimap.model.ChangeSet;
import rectimap.model.Feature;
import rectimap.model.FeatureChange;

/** A history step read back is equal to the one written: exact coordinates, typed values, Chinese, nulls. */
class ChangeSetCodecTest {

    @Test
    void aStepRoundTripsExactlyAndItsInverseToo() throws Exception {
        Feature before = feature(7, "POLYGON ((110.99 35.0, 111.0000000000001 35.0, 111 35.1, 110.99 35.0),"
                + " (110.995 35.01, 110.996 35.01, 110.996 35.02, 110.995 35.01))", "解州镇-3 责任区", 0.1 + 0.2);
        Feature after = feature(7, "POLYGON ((110.99 35.0, 111.02 35.0, 111 35.1, 110.99 35.0))", "解州镇-3 责任区（改）",
                Math.PI);
        Feature added = feature(8, "MULTIPOLYGON (((111 35, 111.1 35, 111.1 35.1, 111 35)))", null, null);
        ChangeSet step = new ChangeSet("拆分 解州镇-3 责任区", List.of(FeatureChange.replaced("zone_area", before, after),
                FeatureChange.added("zone_area", added), FeatureChange.removed("demolition_site",
                        feature(3, "POINT (111.05 35.05)", "旧厂房 \"北院\"", 12.5))));

        ChangeSetCodec codec = new ChangeSetCodec();
        ChangeSet read = codec.decode(step.name(), codec.encode(step));

        assertThat(read).isEqualTo(step);
        assertThat(read.changes().get(1).after().attributes()).containsEntry("name", null);
        assertThat(read.changes().get(0).before().get("since")).isEqualTo(LocalDate.of(2024, 2, 29));
        assertThat(codec.decode(step.name(), codec.encode(step.inverse()))).isEqualTo(step.inverse());
    }

    @Test
    void damagedBytesAreReportedNotMisread() {
        ChangeSetCodec codec = new ChangeSetCodec();
        byte[] bytes = codec.encode(new ChangeSet("新增", List.of(FeatureChange.added("t",
                feature(1, "POINT (111 35)", "甲", 1.0)))));
        byte[] truncated = java.util.Arrays.copyOf(bytes, bytes.length - 5);
        assertThatThrownBy(() -> codec.decode("新增", truncated)).isInstanceOf(ParseException.class)
                .hasMessageContaining("新增");
    }

    static Feature feature(long id, String wkt, String name, Double areaMu) {
        Map<String, Object> attributes = new LinkedHashMap<>();
        attributes.put("name", name);
        attributes.put("area_mu", areaMu);
        attributes.put("code", name == null ? null : 140802101216L + id);
        attributes.put("since", name == null ? null : LocalDate.of(2024, 2, 29));
        try {
            return new Feature(id, new WKTReader().read(wkt), attributes);
        } catch (ParseException e) {
            throw new IllegalArgumentException(wkt, e);
        }
    }
}
