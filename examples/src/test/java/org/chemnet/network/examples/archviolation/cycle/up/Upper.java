package org.chemnet.network.examples.archviolation.cycle.up;

import org.chemnet.network.examples.archviolation.cycle.down.Lower;

/** Half of a deliberate package cycle, for the architecture rules to catch. */
public final class Upper {
    private Upper() {}

    /**
     * Reaches down.
     *
     * @return the lower half's name
     */
    public static String lower() {
        return Lower.name();
    }
}
