package rectimap.ui.exchange;

import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.function.Function;
import rectimap.exchange.SourceOpener;
import rectimap.model.ChangeSet;
import rectimap.model.Layer;
import rectimap.model.Project;

/**
 * What the import wizard needs of the window: the open project (immutable snapshot), whether it may be changed,
 * how to open source files, how to execute an append step in the editing session (returns when it is on disk), how
 * to add a new layer to the file and then show it (reopen), and where to tell the outcome.
 */
record ImportContext(Project project, boolean writable, SourceOpener opener,
                     Function<ChangeSet, CompletableFuture<Void>> executeStep,
                     Function<Layer, CompletableFuture<Void>> addLayer, Runnable reopen, Consumer<String> say) {
}
