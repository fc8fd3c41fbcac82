package rectimap.print;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An atlas: one sheet per township, per village of one township, or per demonstration site, each laid out like
 * {@code template} (paper, parts, scale, 编制单位) with its own extent and a title derived from its place. Sheets go
 * into one PDF, or one PDF per township ({@link Split#PER_TOWNSHIP}); pages are numbered "第 x 页 共 n 页" within
 * each file. Immutable.
 */
public record AtlasPlan(Kind kind, String township, SheetSpec template, Split split) {

    /** What the atlas has a sheet for. */
    public enum Kind {
        /** Every township of the project (the sample's 22). */
        TOWNSHIPS,
        /** Every village of {@link #township()}. */
        VILLAGES_OF_TOWNSHIP,
        /** Every demonstration site (示范镇 and 文化体验村). */
        SITES
    }

    /** How sheets are divided into files. */
    public enum Split {
        ONE_FILE, PER_TOWNSHIP
    }

    /** One output file of the atlas: the township it belongs to ("" for one file) and its sheets' specs in order. */
    public record Part(String townshipCode, String townshipName, List<SheetSpec> sheets) {
        public Part {
            sheets = List.copyOf(sheets);
        }
    }

    public AtlasPlan {
        township = township == null ? "" : township;
        if (kind == Kind.VILLAGES_OF_TOWNSHIP && township.isEmpty()) {
            throw new IllegalArgumentException("an atlas of villages needs its township");
        }
    }

    /** The atlas's files and their sheets, resolved against the project's places. */
    public List<Part> parts(SheetContent content) throws SheetException {
        List<SheetPlace> places = switch (kind) {
            case TOWNSHIPS -> content.townships();
            case VILLAGES_OF_TOWNSHIP -> content.villagesOf(township);
            case SITES -> content.sites();
        };
        if (places.isEmpty() && kind == Kind.TOWNSHIPS) {
            throw new SheetException(SheetProblem.NO_TOWNSHIPS, "");
        }
        Map<String, List<SheetSpec>> byTownship = new LinkedHashMap<>();
        Map<String, String> codes = new LinkedHashMap<>();
        for (SheetPlace place : places) {
            String key = split == Split.PER_TOWNSHIP ? place.townshipName() : "";
            byTownship.computeIfAbsent(key, k -> new ArrayList<>()).add(sheetOf(place));
            if (split == Split.PER_TOWNSHIP) {
                codes.putIfAbsent(key, content.township(place.townshipName()).code());
            }
        }
        List<Part> parts = new ArrayList<>();
        byTownship.forEach((name, sheets) -> parts.add(new Part(codes.getOrDefault(name, ""), name, sheets)));
        return parts;
    }

    /** The number of sheets over all parts. */
    public int sheetCount(SheetContent content) throws SheetException {
        return parts(content).stream().mapToInt(p -> p.sheets().size()).sum();
    }

    private SheetSpec sheetOf(SheetPlace place) {
        SheetExtent extent = kind == Kind.SITES ? new SheetExtent.SiteExtent(place.code())
                : new SheetExtent.DivisionExtent(place.code());
        // The template's own title would repeat on every page; each sheet is named after its place instead.
        return template.withExtent(extent).withTitle("", template.subtitle());
    }
}
