package rectimap.cli;

import java.nio.file.Path;
import rectimap.exchange.InvalidGeometryPolicy;
import rectimap.exchange.SourceOptions;

/**
 * One command-line import: the project (a file, or a shared project's {@code postgresql://} address), the file and how to read it, the target (a new layer named
 * {@code newLayerName} — null: after the file — titled {@code title}, or {@code appendTo} an existing table), the
 * source CRS (0: as declared or guessed) and the invalid-geometry policy.
 */
record ImportRequest(String project, Path file, SourceOptions source, String newLayerName, String title,
                     String appendTo, int sourceEpsg, InvalidGeometryPolicy invalid) {

    /** An import into the project file {@code project}. */
    ImportRequest(Path project, Path file, SourceOptions source, String newLayerName, String title, String appendTo,
                  int sourceEpsg, InvalidGeometryPolicy invalid) {
        this(project.toString(), file, source, newLayerName, title, appendTo, sourceEpsg, invalid);
    }
}
