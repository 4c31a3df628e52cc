/**
 * Who acts and who may: the {@link org.chemnet.network.access.Actor} a use case runs on behalf of, the
 * {@link org.chemnet.network.access.Action}s it takes on a target, and the host's
 * {@link org.chemnet.network.access.AccessPolicy} that is asked before each of them.
 *
 * @since 0.4.0
 */
@NullMarked
package org.chemnet.network.access;

import org.jspecify.annotations.NullMarked;
