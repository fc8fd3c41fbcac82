package rectimap.campaign.coverage;

import java.util.List;
import java.util.Objects;

/**
 * A cache key: a plain value (kind, tolerance…, compared with equals) and object instances compared by identity.
 * Features and layers are immutable and an edit replaces them, so "the same instances" means "nothing changed"
 * without comparing geometries.
 */
final class IdentityKey {
    private final Object value;
    private final Object[] instances;
    private final int hash;

    IdentityKey(Object value, List<?> instances) {
        this.value = value;
        this.instances = instances.toArray();
        int h = Objects.hashCode(value);
        for (Object instance : this.instances) {
            h = 31 * h + System.identityHashCode(instance);
        }
        this.hash = h;
    }

    @Override
    public boolean equals(Object other) {
        if (!(other instanceof IdentityKey key) || key.instances.length != instances.length
                || !Objects.equals(value, key.value)) {
            return false;
        }
        for (int i = 0; i < instances.length; i++) {
            if (instances[i] != key.instances[i]) {
                return false;
            }
        }
        return true;
    }

    @Override
    public int hashCode() {
        return hash;
    }
}
