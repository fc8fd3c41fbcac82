package rectimap.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ExchangeExceptionTest {

    @Test
    void namesFileRecordAndDetail() {
        ExchangeException e = new ExchangeException(ExchangeProblem.CORRUPT_RECORD, Path.of("村.shp"), 4, "bad length");
        assertThat(e.getMessage()).isEqualTo("村.shp record 5: bad length");
        assertThat(e.record()).isEqualTo(4);
        assertThat(e.detail()).isEqualTo("bad length");
        ExchangeException whole = new ExchangeException(ExchangeProblem.EMPTY, Path.of("a.shp"), "no records");
        assertThat(whole.getMessage()).isEqualTo("a.shp: no records");
        assertThat(whole.record()).isEqualTo(-1);
    }

    @Test
    void sourceCrsKnowsWhenItIsUnknown() {
        assertThat(SourceCrs.unknown("no .prj").isKnown()).isFalse();
        assertThat(new SourceCrs(4490, "GCS_China_Geodetic_Coordinate_System_2000", CrsCertainty.DECLARED).isKnown())
                .isTrue();
    }
}
