package rectimap.ui.exchange;

import rectimap.exchange.ExchangeException;
import rectimap.ui.Messages;

/** An {@link ExchangeException} as one sentence in the user's language naming the file, record and reason. */
final class ExchangeProblemText {
    private ExchangeProblemText() {
    }

    static String of(Messages messages, ExchangeException e) {
        String where = e.file() == null ? "" : e.file().getFileName().toString();
        if (e.record() >= 0) {
            where += messages.get("exchange.where.separator") + messages.format("exchange.where.record", e.record() + 1);
        }
        return messages.format("exchange." + e.problem().name(), where, e.detail(messages.language().locale()));
    }
}
