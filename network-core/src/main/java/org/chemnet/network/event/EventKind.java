package org.chemnet.network.event;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/**
 * The format of an event.
 *
 * @since 0.1.0
 */
@API(status = STABLE, since = "0.1.0")
public enum EventKind {
    /** An international meeting, such as the Tarnow meeting of 2012. */
    MEETING,
    /** A summit, such as CHEMSS2016. */
    SUMMIT,
    /** A conference or forum. */
    CONFERENCE,
    /** A workshop or training. */
    WORKSHOP
}
