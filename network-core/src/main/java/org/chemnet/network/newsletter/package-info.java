/**
 * Newsletters: subscriptions with the consent behind them, and the issues sent to them.
 *
 * @since 0.1.0
 */
@NullMarked
package org.chemnet.network.newsletter;

import org.jspecify.annotations.NullMarked;
