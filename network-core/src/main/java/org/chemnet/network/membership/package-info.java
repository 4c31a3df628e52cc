/**
 * Participation: who may take part in a network, each organization's membership as a dated history of statuses,
 * and the partners allied with a network.
 *
 * @since 0.1.0
 */
@NullMarked
package org.chemnet.network.membership;

import org.jspecify.annotations.NullMarked;
