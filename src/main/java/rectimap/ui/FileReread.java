package rectimap.ui;

import java.util.List;
import rectimap.model.ChangeSet;
import rectimap.model.Project;

/**
 * The open project as its file holds it after another program changed the file, read in one read transaction
 * after every edit the session had made then: {@code project} is the session's project with the features of each
 * layer the file holds differently ({@code changedTitles} and {@code ownTitles}, the layers' titles; both empty when
 * none differs, and {@code project} is the session's own), and the undo history is the file's (features named by
 * the file's ids). {@code changedTitles}: changed by others; {@code ownTitles}: written by this window itself
 * outside its edit history (attached photos' 照片 points), shown without telling of another program.
 * {@code changedBy}: for a shared project, the users whose saved changes these are (empty for a file, whose
 * changer is "another program").
 */
public record FileReread(Project project, List<ChangeSet> history, int historyCursor, List<String> changedTitles,
        List<String> changedBy, List<String> ownTitles) {
    public FileReread {
        history = List.copyOf(history);
        changedTitles = List.copyOf(changedTitles);
        changedBy = List.copyOf(changedBy);
        ownTitles = List.copyOf(ownTitles);
    }

    /** A shared project's re-read: every change is another user's. */
    public FileReread(Project project, List<ChangeSet> history, int historyCursor, List<String> changedTitles,
                      List<String> changedBy) {
        this(project, history, historyCursor, changedTitles, changedBy, List.of());
    }

    /** A file's re-read: who changed it is not known (another program), except the window's own writes. */
    public static FileReread ofFile(Project project, List<ChangeSet> history, int historyCursor,
                                    List<String> changedTitles, List<String> ownTitles) {
        return new FileReread(project, history, historyCursor, changedTitles, List.of(), ownTitles);
    }
}
