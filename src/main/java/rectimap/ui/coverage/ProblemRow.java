package rectimap.ui.coverage;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import java.util.Optional;
import org.locationtech.jts.geom.Geometry;
import rectimap.campaign.coverage.CoverageProblem;
import rectimap.campaign.coverage.CoverageState;
import rectimap.campaign.coverage.ParentCoverage;
import rectimap.campaign.coverage.RoadLevelCoverage;
import rectimap.campaign.coverage.UncoveredVillage;
import rectimap.geo.AreaText;
import rectimap.ui.Messages;
import rectimap.ui.UiLanguage;

/** One line of the problems list: a gap or overlap (or sliver), a village without a cadre, or a road level. */
sealed interface ProblemRow {

    /** The line shown in the list. */
    String text(Messages messages);

    /** Where zoom-to goes (lon/lat), empty when the row has no place (a road level). */
    Optional<Geometry> place();

    /** The 类型 column: the piece's kind, the township's state, or the group's name for villages and roads. */
    String kind(Messages messages);

    /** The 乡镇 column; empty for a road level. */
    String townshipName();

    /** The 面积 column in m² (a township's blank part); null when the row has no area (a village, a road). */
    Double areaM2();

    /**
     * A gap or overlap; {@code zones} names the responsibility areas it touches as the user knows them (person or
     * unit, and village), in the order of {@code problem.zoneIds()}.
     */
    record Piece(CoverageProblem problem, java.util.List<String> zones) implements ProblemRow {
        @Override
        public String text(Messages messages) {
            boolean en = messages.language() == UiLanguage.EN;
            return messages.format("coverage.row.piece", en ? problem.kind().labelEn() : problem.kind().label(),
                    messages.label(problem.coverage()), problem.parentName(),
                    area(problem.areaM2(), messages), String.join(messages.get("coverage.zones.separator"), zones));
        }

        @Override
        public Optional<Geometry> place() {
            return Optional.of(problem.lonLat());
        }

        @Override
        public String kind(Messages messages) {
            return messages.label(problem.kind());
        }

        @Override
        public String townshipName() {
            return problem.parentName();
        }

        @Override
        public Double areaM2() {
            return problem.areaM2();
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

        @Override
        public String kind(Messages messages) {
            return messages.get("coverage.category.villages");
        }

        @Override
        public String townshipName() {
            return village.townshipName();
        }

        @Override
        public Double areaM2() {
            return null;
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

        @Override
        public String kind(Messages messages) {
            return messages.get("coverage.category.roads");
        }

        @Override
        public String townshipName() {
            return "";
        }

        @Override
        public Double areaM2() {
            return null;
        }
    }

    /** A township of 乡镇干部包村: 未分配 (not divided yet), or how much of it is covered and what is left. */
    record Township(ParentCoverage township) implements ProblemRow {
        @Override
        public String text(Messages messages) {
            double uncoveredM2 = Math.max(0, township.parentM2() - township.coveredM2());
            return township.state() == CoverageState.UNASSIGNED
                    ? messages.format("coverage.row.township.unassigned", township.parentName(),
                            area(township.parentM2(), messages))
                    : messages.format("coverage.row.township", township.parentName(),
                            messages.label(township.state()),
                            fixed(township.coveredPercent(), "0.0"), area(uncoveredM2, messages));
        }

        @Override
        public Optional<Geometry> place() {
            return Optional.empty();
        }

        @Override
        public String kind(Messages messages) {
            return messages.label(township.state());
        }

        @Override
        public String townshipName() {
            return township.parentName();
        }

        @Override
        public Double areaM2() {
            return township.state() == CoverageState.UNASSIGNED ? township.parentM2()
                    : Math.max(0, township.parentM2() - township.coveredM2());
        }
    }

    /** An area as people read it: 亩, or km² with its 亩 for large areas (slivers in m², they are below 1 亩). */
    static String area(double areaM2, Messages messages) {
        if (areaM2 < 1) {
            return fixed(areaM2, "0.00") + " m²";
        }
        return AreaText.readable(areaM2, FillConfirmation.language(messages));
    }

    static String km(double metres) {
        return fixed(metres / 1000, "#,##0.0");
    }

    static String fixed(double value, String pattern) {
        return new DecimalFormat(pattern, DecimalFormatSymbols.getInstance(Locale.ROOT)).format(value);
    }
}
