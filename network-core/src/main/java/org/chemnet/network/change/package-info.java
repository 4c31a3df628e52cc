/**
 * Change events (application received, participation approved, board changed, declaration endorsed, newsletter
 * issued...) and the listeners that hear of them after the change is stored; the change log that keeps each with its
 * actor, in the transaction of the change (the audit log, {@link org.chemnet.network.change.ChangeLog}); and the
 * {@link org.chemnet.network.change.DurableListener}s it hands every change to, at least once, across crashes and
 * nodes.
 *
 * @since 0.1.0
 */
@NullMarked
package org.chemnet.network.change;

import org.jspecify.annotations.NullMarked;
