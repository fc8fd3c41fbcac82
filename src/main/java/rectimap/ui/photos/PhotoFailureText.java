package rectimap.ui.photos;

import java.util.concurrent.CompletionException;
import rectimap.media.PhotoException;
import rectimap.media.PhotoProblem;
import rectimap.ui.Messages;

/**
 * Why a photo batch (dropped or a folder) was not taken, as one sentence: the {@code photo.<PROBLEM>} sentence
 * naming the file and that the project is unchanged; a cancel says only that.
 */
final class PhotoFailureText {
    private PhotoFailureText() {
    }

    static String of(Messages messages, Throwable failure) {
        Throwable cause = failure instanceof CompletionException && failure.getCause() != null
                ? failure.getCause() : failure;
        if (cause instanceof PhotoException bad) {
            String sentence = messages.format("photo." + bad.problem().name(), bad.file().getFileName(), bad.detail());
            return bad.problem() == PhotoProblem.CANCELLED ? sentence
                    : sentence + " " + messages.get("photo.unchanged");
        }
        return messages.format("photo.drop.failed", messages.get("photo.unchanged"));
    }
}
