/**
 * Declarations adopted at events, with their goals, guidelines and principles, and who endorses them over time.
 *
 * @since 0.1.0
 */
@NullMarked
package org.chemnet.network.declaration;

import org.jspecify.annotations.NullMarked;
