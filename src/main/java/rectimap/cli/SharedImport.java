package rectimap.cli;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import rectimap.campaign.ProjectAssembler;
import rectimap.campaign.cases.ClosingEvidence;
import rectimap.campaign.planning.PlanningRules;
import rectimap.exchange.ExchangeException;
import rectimap.exchange.ImportProgress;
import rectimap.exchange.ImportResult;
import rectimap.exchange.ImportTarget;
import rectimap.exchange.NewLayerNames;
import rectimap.exchange.RecordNote;
import rectimap.model.LayerRole;
import rectimap.model.Project;
import rectimap.store.pg.ImportOutsideTownship;
import rectimap.store.pg.PgAddress;
import rectimap.store.pg.PgFeatureStore;
import rectimap.store.pg.PgImportStep;

/**
 * The command line's import into a shared PostgreSQL project: the source read whole by the same rules as into a
 * project file ({@link ReadImport}: encoding, CRS, validity, the planning layers' rules, closing a case included),
 * then written as ONE named step in one transaction ({@link PgImportStep}: the change log names the account; the
 * same import ({@link ImportKey}) of the same project is written once, a repeated run not even read again). A new layer is created only by a login that may create tables
 * in the project's schema; a township account appends to planning layers, and features outside its township
 * refuse the import ({@link Outside}), nothing written.
 */
final class SharedImport {
    /**
     * How the import ended: whether it was written now or found in the project already, and the outcome (empty
     * when the project's last step was this import already, so the source was not read again).
     */
    record Done(Optional<ImportOutcome> outcome, PgImportStep.Outcome written) {
    }

    /**
     * A township account's import refused: {@code records} (1-based record numbers of the file) of the
     * {@code total} features lie outside {@code township}.
     */
    static final class Outside extends RuntimeException {
        private final String township;
        private final transient List<Long> records;
        private final int total;

        Outside(String township, List<Long> records, int total) {
            super(records.size() + " features outside " + township);
            this.township = township;
            this.records = List.copyOf(records);
            this.total = total;
        }

        String township() {
            return township;
        }

        List<Long> records() {
            return records;
        }

        int total() {
            return total;
        }
    }

    /**
     * @throws ExchangeException           the source cannot be read or a record breaks a rule; nothing written
     * @throws Outside                     a township account's features outside its township; nothing written
     * @throws rectimap.model.StoreException the server refuses (PERMISSION_DENIED…) or cannot be reached
     */
    Done run(PgAddress address, ImportRequest request) throws ExchangeException {
        try (PgFeatureStore store = PgFeatureStore.open(address, null)) {
            byte[] key = ImportKey.of(request);
            if (PgImportStep.alreadyIn(store, key)) {
                return new Done(Optional.empty(), PgImportStep.Outcome.ALREADY_APPLIED);
            }
            Project project = ProjectAssembler.assemble(store.address().label(), store);
            return ReadImport.open(request, (source, how) -> {
                if (request.appendTo() == null) {
                    String name = NewLayerNames.unique(request.newLayerName() != null ? request.newLayerName()
                            : source.schema().name(), project);
                    String title = NewLayerNames.uniqueTitle(request.title() != null ? request.title()
                            : source.schema().name(), project);
                    ImportResult result = ReadImport.whole(request, source, new ImportTarget.NewLayer(name, title,
                            LayerRole.REFERENCE), project, PlanningRules.INSTANCE, ImportProgress.NONE);
                    PgImportStep.Outcome written = PgImportStep.newLayer(store, result.newLayer(), "导入 "
                            + request.file().getFileName() + " 为新图层 " + result.newLayer().info().title() + "（"
                            + result.importedCount() + " 个）", key);
                    return new Done(Optional.of(ImportOutcome.of(name, result).withSource(how)), written);
                }
                PlanningRules rules = PlanningRules.withClosingEvidence(StoredClosingEvidence.of(
                        new ReadProject(store, store.address().label()).photos(),
                        () -> Optional.ofNullable(store.settings().get(ClosingEvidence.SETTING))));
                ImportResult result = ReadImport.whole(request, source, ReadImport.appendTarget(request, source,
                        project), project, rules, ImportProgress.NONE);
                try {
                    PgImportStep.Outcome written = PgImportStep.append(store, result.appendStep(), key);
                    return new Done(Optional.of(ImportOutcome.of(request.appendTo(), result).withSource(how)),
                            written);
                } catch (ImportOutsideTownship e) {
                    throw new Outside(e.township(), recordsOf(e.outside(), result.notes()), e.total());
                }
            });
        }
    }

    /** The file's record numbers (1-based) of the step's features at {@code places}: skipped records have none. */
    private static List<Long> recordsOf(List<Integer> places, List<RecordNote> notes) {
        Set<Long> skipped = new HashSet<>();
        notes.stream().filter(n -> n.action() == RecordNote.Action.SKIPPED).forEach(n -> skipped.add(n.record()));
        List<Long> records = new ArrayList<>();
        long record = -1;
        int place = -1;
        for (int wanted : places) {
            while (place < wanted) {
                record++;
                if (!skipped.contains(record)) {
                    place++;
                }
            }
            records.add(record + 1);
        }
        return records;
    }
}
