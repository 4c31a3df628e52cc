/**
 * Change events (application received, participation approved, board changed, declaration endorsed, newsletter
 * issued...) and the listeners that hear of them after the change is stored.
 *
 * @since 0.1.0
 */
package org.chemnet.network.change;
