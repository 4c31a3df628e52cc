/**
 * The in-memory store: the default when a runtime is built with no other store.
 *
 * @since 0.1.0
 */
@NullMarked
package org.chemnet.network.memory;

import org.jspecify.annotations.NullMarked;
