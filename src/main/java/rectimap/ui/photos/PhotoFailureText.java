package rectimap.ui.photos;

import java.util.concurrent.CompletionException;
import rectimap.media.PhotoException;
import rectimap.media.PhotoProblem;
import rectimap.model.StoreException;
import rectimap.ui.Messages;

/**
 * Why a photo batch (dropped or a folder) was not taken, as one sentence: the {@code photo.<PROBLEM>} sentence
 * naming the file and that the project is unchanged; a cancel says only that; the project refusing the batch (a
 * shared project not upgraded yet, a server away) its own sentence.
 */
final class PhotoFailureText {
    private PhotoFailureText() {
    }

    static String of(Messages messages, Throwable failure) {
        Throwable cause = failure;
        while (cause instanceof CompletionException && cause.getCause() != null) {
            cause = cause.getCause();
        }
        if (cause instanceof PhotoException bad) {
            String sentence = messages.format("photo." + bad.problem().name(), bad.file().getFileName(), bad.detail());
            return bad.problem() == PhotoProblem.CANCELLED ? sentence
                    : sentence + " " + messages.get("photo.unchanged");
        }
        if (cause instanceof StoreException refused) {
            // The project's own reason (a shared project not upgraded yet, a server away): said as the store says it.
            return messages.format("photo.drop.failed", messages.sentence(refused));
        }
        return messages.format("photo.drop.failed", messages.get("photo.unchanged"));
    }
}
