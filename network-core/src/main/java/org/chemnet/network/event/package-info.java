/**
 * Events: meetings and summits with their dates, places, organizers and counts.
 *
 * @since 0.1.0
 */
@NullMarked
package org.chemnet.network.event;

import org.jspecify.annotations.NullMarked;
