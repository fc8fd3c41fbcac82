package rectimap.cli;

import rectimap.campaign.ProjectAssembler;
import rectimap.campaign.planning.PlanningRules;
import rectimap.edit.EditSession;
import rectimap.edit.UndoHistory;
import rectimap.exchange.ExchangeException;
import rectimap.exchange.ImportProgress;
import rectimap.exchange.ImportResult;
import rectimap.exchange.ImportTarget;
import rectimap.exchange.NewLayerNames;
import rectimap.exchange.StreamedNewLayer;
import rectimap.model.LayerRole;
import rectimap.model.Project;
import rectimap.store.ProjectFile;
import rectimap.store.ProjectFiles;
import rectimap.store.WritePatience;

/**
 * The command line's import into a project file: opens the project for editing (its lock keeps the app out
 * meanwhile). A new layer is streamed into the file in one transaction ({@link StreamedNewLayer}, as the app's
 * wizard does), so its size does not matter; an append is read and checked whole in memory ({@link ReadImport},
 * within the heap's {@code AppendLimit}) and only then written as one undoable step through an {@link EditSession}
 * and the project's journal (one transaction). A shared project's import is {@link SharedImport}.
 */
final class ProjectImport {

    ImportOutcome run(ImportRequest request) throws ExchangeException {
        return run(request, ImportProgress.NONE);
    }

    /** As {@link #run(ImportRequest)}, telling {@code progress} and stopping (nothing written) when it cancels. */
    ImportOutcome run(ImportRequest request, ImportProgress progress) throws ExchangeException {
        java.nio.file.Path where = java.nio.file.Path.of(request.project());
        // A new layer is one transaction of its own: no journal, whose start would add its tables to a file
        // Rectimap never opened even when the import then fails.
        try (ProjectFile file = request.appendTo() == null ? ProjectFiles.openForOneTransaction(where)
                : ProjectFiles.open(where, WritePatience.GIVE_UP)) {
            Project project = ProjectAssembler.assemble(where, file.store());
            // The window's rules, closing (销号) a case included: it needs a 整改后 photo unless the project relaxes it.
            PlanningRules rules = request.appendTo() == null ? PlanningRules.INSTANCE
                    : PlanningRules.withClosingEvidence(StoredClosingEvidence.of(file));
            return ReadImport.open(request, (source, how) -> {
                if (request.appendTo() == null) {
                    // A new layer is streamed into the file, never held in memory (a Shapefile can hold a million
                    // features): the same reading and writing as the app's wizard.
                    String name = NewLayerNames.unique(request.newLayerName() != null ? request.newLayerName()
                            : source.schema().name(), project);
                    ImportTarget target = new ImportTarget.NewLayer(name, request.title() != null ? request.title()
                            : source.schema().name(), LayerRole.REFERENCE);
                    return ImportOutcome.of(StreamedNewLayer.run(file.store(), source,
                            ReadImport.plan(request, target, project), progress)).withSource(how);
                }
                ImportResult result = ReadImport.whole(request, source, ReadImport.appendTarget(request, source,
                        project), project, rules, progress);
                EditSession session = new EditSession(project, UndoHistory.of(file.history(), file.historyCursor()),
                        file.journal().orElseThrow(), rules);
                try {
                    session.execute(result.appendStep()).orElseThrow().durable().join();
                } catch (java.util.concurrent.CompletionException e) {
                    throw e.getCause() instanceof RuntimeException cause ? cause : e;
                }
                return ImportOutcome.of(request.appendTo(), result).withSource(how);
            });
        }
    }
}
