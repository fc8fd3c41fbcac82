package rectimap.campaign;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The allowed next statuses of a lifecycle (a demolition site's, a supervision case's): which status may follow
 * which; staying is always allowed. Immutable.
 *
 * @param <S> the status enum; every constant must have an entry (possibly empty)
 */
public final class StatusMoves<S extends Enum<S>> {
    private final Map<S, Set<S>> moves;

    public StatusMoves(Map<S, ? extends Set<S>> moves) {
        this.moves = Map.copyOf(moves);
    }

    /** The statuses {@code from} may move to next (not including staying). */
    public Set<S> next(S from) {
        return Set.copyOf(moves.get(from));
    }

    /** The statuses {@code from} may move to next, in the enum's order (for messages). */
    public List<S> nextInOrder(S from) {
        return moves.get(from).stream().sorted().toList();
    }

    /** Whether {@code from → to} is allowed; staying is. */
    public boolean allows(S from, S to) {
        return from == to || moves.get(from).contains(to);
    }
}
