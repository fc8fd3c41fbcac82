package rectimap.cli;

import java.nio.file.Path;
import rectimap.exchange.InvalidGeometryPolicy;
import rectimap.exchange.SourceOptions;

/**
 * One command-line import: the project, the file and how to read it, the target (a new layer named
 * {@code newLayerName} — null: after the file — titled {@code title}, or {@code appendTo} an existing table), the
 * source CRS (0: as declared or guessed) and the invalid-geometry policy.
 */
record ImportRequest(Path project, Path file, SourceOptions source, String newLayerName, String title,
                     String appendTo, int sourceEpsg, InvalidGeometryPolicy invalid) {
}
