package rectimap.ui.exchange;

import java.util.concurrent.CompletableFuture;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;
import rectimap.exchange.AppendLimit;
import rectimap.exchange.ImportProgress;
import rectimap.exchange.NewLayerImport;
import rectimap.exchange.NewLayerOutcome;
import rectimap.exchange.SourceOpener;
import rectimap.model.ChangeSet;
import rectimap.model.LayerRules;
import rectimap.model.Project;

/**
 * What the import wizard needs of the window: the open project (immutable snapshot), whether it may be changed,
 * how to open source files, how to execute an append step in the editing session (returns when it is on disk) and
 * how many features an append may bring in, the session's rules an append must keep (closing a case needs its
 * 整改后 photo, as in the editor and the command line), how to stream a file into the project as a new layer
 * ({@link rectimap.ui.OpenProjectFile#importNewLayer}) and then show it (reopen), and where to tell the outcome.
 */
record ImportContext(Project project, boolean writable, SourceOpener opener,
                     Function<ChangeSet, CompletableFuture<Void>> executeStep, AppendLimit appendLimit, LayerRules rules,
                     BiFunction<NewLayerImport, ImportProgress, CompletableFuture<NewLayerOutcome>> importNewLayer,
                     Runnable reopen, Consumer<String> say) {
}
