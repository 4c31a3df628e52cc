/**
 * A network as a whole: the {@link org.chemnet.network.graph.Network} record, the
 * {@link org.chemnet.network.graph.NetworkGraph} of everything in it, and the {@link org.chemnet.network.graph.Networks}
 * use cases that register, import, update and export networks.
 *
 * @since 0.4.0
 */
@NullMarked
package org.chemnet.network.graph;

import org.jspecify.annotations.NullMarked;
