package org.chemnet.network.membership;

/**
 * Who decides on applications to a network.
 *
 * @since 0.1.0
 */
public enum Approver {
    /** The secretariat registers participants, as OECC does for the Japanese network. */
    SECRETARIAT,
    /** The management board decides. */
    BOARD,
    /** Every eligible application is approved on the day it is received. */
    AUTOMATIC
}
