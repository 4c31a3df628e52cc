/**
 * The kernel every other package builds on: a network's identifier, the root of the library's exceptions, and pages
 * of results. It depends on nothing else of the library.
 *
 * @since 0.4.0
 */
@NullMarked
package org.chemnet.network.kernel;

import org.jspecify.annotations.NullMarked;
