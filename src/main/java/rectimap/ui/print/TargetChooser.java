package rectimap.ui.print;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** Asks where an export goes: a file (suggested name and extension) or a folder. FX thread. */
public interface TargetChooser {

    /** A file to write, e.g. "解州镇 环境整治责任区分布图.pdf"; empty when the user cancelled. */
    Optional<Path> file(Window owner, String suggestedName, String extension);

    /** A folder to write several files into; empty when the user cancelled. */
    Optional<Path> folder(Window owner, String title);

    /** The system's file and folder choosers. */
    static TargetChooser system() {
        return new TargetChooser() {
            @Override
            public Optional<Path> file(Window owner, String suggestedName, String extension) {
                FileChooser chooser = new FileChooser();
                chooser.setInitialFileName(suggestedName + "." + extension);
                chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(extension.toUpperCase(java.util.Locale.ROOT),
                        "*." + extension));
                File chosen = chooser.showSaveDialog(owner);
                return Optional.ofNullable(chosen).map(File::toPath);
            }

            @Override
            public Optional<Path> folder(Window owner, String title) {
                DirectoryChooser chooser = new DirectoryChooser();
                chooser.setTitle(title);
                File chosen = chooser.showDialog(owner);
                return Optional.ofNullable(chosen).map(File::toPath);
            }
        };
    }
}
