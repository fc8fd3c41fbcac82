package rectimap.ui.coverage;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import java.util.Optional;
import org.locationtech.jts.geom.Geometry;
import rectimap.campaign.coverage.CoverageProblem;
import rectimap.campaign.coverage.RoadLevelCoverage;
import rectimap.campaign.coverage.UncoveredVillage;
import rectimap.ui.Messages;
import rectimap.ui.UiLanguage;

/** One line of the problems list: a gap or overlap (or sliver), a village without a cadre, or a road level. */
sealed interface ProblemRow {

    /** The line shown in the list. */
    String text(Messages messages);

    /** Where zoom-to goes (lon/lat), empty when the row has no place (a road level). */
    Optional<Geometry> place();

    record Piece(CoverageProblem problem) implements ProblemRow {
        @Override
        public String text(Messages messages) {
            boolean en = messages.language() == UiLanguage.EN;
            return messages.format("coverage.row.piece", en ? problem.kind().labelEn() : problem.kind().label(),
                    en ? problem.coverage().labelEn() : problem.coverage().kindValue(), problem.parentName(),
                    area(problem.areaM2()), problem.zoneIds().toString());
        }

        @Override
        public Optional<Geometry> place() {
            return Optional.of(problem.lonLat());
        }
    }

    record Village(UncoveredVillage village) implements ProblemRow {
        @Override
        public String text(Messages messages) {
            return messages.format("coverage.row.village", village.townshipName(), village.name(), village.code());
        }

        @Override
        public Optional<Geometry> place() {
            return Optional.of(village.lonLat());
        }
    }

    record Road(RoadLevelCoverage level) implements ProblemRow {
        @Override
        public String text(Messages messages) {
            return messages.format("coverage.row.road", level.level(), km(level.uncoveredM()), km(level.totalM()),
                    fixed(level.coveredPercent(), "0.0"));
        }

        @Override
        public Optional<Geometry> place() {
            return Optional.empty();
        }
    }

    /** m² with thousands separators and two decimals below 100 m². */
    static String area(double areaM2) {
        return fixed(areaM2, areaM2 < 100 ? "#,##0.00" : "#,##0");
    }

    static String km(double metres) {
        return fixed(metres / 1000, "#,##0.0");
    }

    static String fixed(double value, String pattern) {
        return new DecimalFormat(pattern, DecimalFormatSymbols.getInstance(Locale.ROOT)).format(value);
    }
}
