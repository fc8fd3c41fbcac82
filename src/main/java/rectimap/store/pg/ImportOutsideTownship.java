package rectimap.store.pg;

import java.util.List;

/**
 * A township account's import refused before anything was written: features it would add lie outside the account's
 * township (their interior point is not in the township's boundary, the rule row-level security holds). {@code
 * outside} are their places in the imported step (0-based, in the order the file gave them), of {@code total}.
 */
public final class ImportOutsideTownship extends RuntimeException {
    private final String township;
    private final transient List<Integer> outside;
    private final int total;

    ImportOutsideTownship(String township, List<Integer> outside, int total) {
        super(outside.size() + " of " + total + " imported features lie outside " + township);
        this.township = township;
        this.outside = List.copyOf(outside);
        this.total = total;
    }

    /** The account's township, e.g. 解州镇. */
    public String township() {
        return township;
    }

    /** The features outside, by their place in the imported step (0-based), ascending. */
    public List<Integer> outside() {
        return outside;
    }

    /** How many features the import would have added. */
    public int total() {
        return total;
    }
}
