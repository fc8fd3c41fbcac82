package rectimap.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import rectimap.exchange.CrsCertainty;
import rectimap.exchange.RecordNote;
import rectimap.exchange.TableAxes;
import rectimap.exchange.shapefile.DbfEncoding;
import rectimap.exchange.shapefile.EncodingCertainty;

/**
 * The lines {@code import} prints after a success, from the bundles (Chinese by default, English with
 * {@code --lang en}): a coordinate system guessed from the numbers, the Shapefile's text encoding and why, how a
 * table's coordinate columns were read, each repaired or left-out record, and the count imported.
 */
final class ImportText {
    private final Locale locale;

    ImportText(Locale locale) {
        this.locale = locale;
    }

    /** Every line for {@code result} of importing {@code file}, in order. */
    List<String> lines(ImportOutcome result, ImportRequest request) {
        List<String> lines = new ArrayList<>();
        if (request.sourceEpsg() <= 0 && result.sourceCrs() != null
                && (result.sourceCrs().certainty() == CrsCertainty.GUESSED
                || result.sourceCrs().certainty() == CrsCertainty.AMBIGUOUS)) {
            lines.add(say("cli.import.crs." + result.sourceCrs().certainty().name(), String.valueOf(result.sourceCrs().epsg()),
                    result.sourceCrs().description()));
        }
        if (result.encoding() != null) {
            lines.add(encoding(result.encoding()));
        }
        if (result.axes() != null) {
            lines.add(axes(result.axes()));
        }
        for (RecordNote note : result.notes()) {
            lines.add(say("cli.import.note", String.valueOf(note.record() + 1),
                    note.label(locale == Locale.ENGLISH),
                    say("cli.import.action." + note.action().name())));
        }
        lines.add(say("cli.import.done", String.valueOf(result.imported()), request.file(), result.table(),
                result.skipped() > 0 ? say("cli.import.skipped", String.valueOf(result.skipped())) : "",
                result.repaired() > 0 ? say("cli.import.repaired", String.valueOf(result.repaired())) : ""));
        return lines;
    }

    /** "文字编码 GBK：由文件声明（.cpg says GBK）": which encoding a Shapefile was read in and why. */
    String encoding(DbfEncoding encoding) {
        boolean withReason = !encoding.reason().isEmpty() && (locale == Locale.ENGLISH
                || encoding.certainty() == EncodingCertainty.DECLARED);
        return say("cli.import.encoding", encoding.charset().name(),
                say("cli.import.encoding." + encoding.certainty().name()),
                withReason ? say("cli.import.reason", encoding.reason()) : "");
    }

    private String axes(TableAxes axes) {
        String ranges = axes.asRead().isNull() ? "" : String.format(Locale.ROOT, "%s %.3f..%.3f, %s %.3f..%.3f",
                axes.xColumn(), axes.asRead().getMinX(), axes.asRead().getMaxX(), axes.yColumn(),
                axes.asRead().getMinY(), axes.asRead().getMaxY());
        String how = axes.detected() ? (ranges.isEmpty() ? "" : say("cli.import.reason", ranges))
                : say("cli.import.axes.chosen");
        if (!axes.swapped()) {
            return say("cli.import.axes.asWritten", axes.xColumn(), axes.yColumn(), how);
        }
        return axes.detected() ? say("cli.import.axes.swappedDetected", axes.xColumn(), axes.yColumn(), ranges)
                + say("cli.import.axes.hint")
                : say("cli.import.axes.swappedChosen", axes.xColumn(), axes.yColumn());
    }

    private String say(String key, Object... args) {
        return UserText.format(locale, key, args);
    }
}
