package rectimap.exchange.shapefile;

import rectimap.exchange.ExchangeProblem;

/**
 * What is wrong with one record, found while decoding it; the reader turns it into an
 * {@link rectimap.exchange.ExchangeException} naming the file and record.
 */
final class RecordDefect extends Exception {
    private final ExchangeProblem problem;

    RecordDefect(ExchangeProblem problem, String detail) {
        super(detail, null, false, false);
        this.problem = problem;
    }

    ExchangeProblem problem() {
        return problem;
    }
}
