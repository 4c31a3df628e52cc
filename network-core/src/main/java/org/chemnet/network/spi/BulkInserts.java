package org.chemnet.network.spi;

import java.util.List;
import java.util.function.Consumer;
import org.chemnet.network.kernel.ConcurrentUpdateException;

/**
 * The default bulk paths of the ports: one insert after another, where a row stored already is a failure of the
 * import (a {@link NetworkStorageException}), not a race to run again.
 */
final class BulkInserts {
    private BulkInserts() {}

    static <T> void oneByOne(List<T> values, Consumer<T> insert) {
        for (T value : values) {
            try {
                insert.accept(value);
            } catch (ConcurrentUpdateException e) {
                throw new NetworkStorageException(e.getMessage(), null, e);
            }
        }
    }
}
