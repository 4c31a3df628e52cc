package org.chemnet.network.organization;

/**
 * The size of an enterprise. The Japanese network exists to reach SMEs, not only large enterprises.
 *
 * @since 0.1.0
 */
public enum EnterpriseSize {
    /** A small or medium-sized enterprise. */
    SME,
    /** A large enterprise. */
    LARGE
}
