/**
 * Activities: what a network does, as a closed set of kinds, from information collection to tools.
 *
 * @since 0.1.0
 */
@NullMarked
package org.chemnet.network.activity;

import org.jspecify.annotations.NullMarked;
