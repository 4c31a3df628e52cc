package org.chemnet.network.examples.archviolation.cycle.down;

import org.chemnet.network.examples.archviolation.cycle.up.Upper;

/** The other half of a deliberate package cycle: it reaches back up. */
public final class Lower {
    private Lower() {}

    /**
     * Its name, and the upper half's class, reached back up.
     *
     * @return a name
     */
    public static String name() {
        return "lower of " + Upper.class.getSimpleName();
    }
}
