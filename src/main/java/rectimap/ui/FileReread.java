package rectimap.ui;

import java.util.List;
import rectimap.model.ChangeSet;
import rectimap.model.Project;

/**
 * The open project as its file holds it after another program changed the file, read in one read transaction
 * after every edit the session had made then: {@code project} is the session's project with the features of each
 * layer the file holds differently ({@code changedTitles}, the layers' titles; empty when none differs, and
 * {@code project} is the session's own), and the undo history is the file's (features named by the file's ids).
 */
public record FileReread(Project project, List<ChangeSet> history, int historyCursor, List<String> changedTitles) {
    public FileReread {
        history = List.copyOf(history);
        changedTitles = List.copyOf(changedTitles);
    }
}
