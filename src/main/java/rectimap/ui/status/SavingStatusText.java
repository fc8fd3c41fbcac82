package rectimap.ui.status;

import rectimap.model.JournalStatus;
import rectimap.ui.Messages;

/**
 * The status bar's line for the project file's {@link JournalStatus}: empty when every step is written (nothing is
 * claimed as saved while a write is still under way), else how many steps wait, why and for which file (its name
 * while another program holds it, the whole path for a full disk or a missing permission: it says where)
 * ({@code saving.LOCKED} "等待其他程序释放文件…", {@code saving.DISK_FULL} "磁盘已满", {@code saving.NO_WRITE_PERMISSION}
 * "没有写入权限", {@code saving.SERVER_UNREACHABLE} "离线" — a shared project's server out of reach, the steps kept on this
 * computer —, {@code saving.OTHER}).
 */
public final class SavingStatusText {
    private final Messages messages;

    public SavingStatusText(Messages messages) {
        this.messages = messages;
    }

    public String of(JournalStatus status) {
        if (status.isSaved()) {
            return "";
        }
        String key = switch (status.problem()) {
            case LOCKED, DISK_FULL, NO_WRITE_PERMISSION, SERVER_UNREACHABLE -> "saving." + status.problem().name();
            default -> "saving.OTHER";
        };
        return messages.format(key, status.unsavedMoves(), status.file(), status.file().getFileName());
    }
}
