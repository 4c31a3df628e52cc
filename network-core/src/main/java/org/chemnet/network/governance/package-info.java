/**
 * Governance: a network's board with its seats and chair over time, and the secretariat that runs its operations.
 *
 * @since 0.1.0
 */
@NullMarked
package org.chemnet.network.governance;

import org.jspecify.annotations.NullMarked;
