/** The implementations of the use cases behind {@link org.chemnet.network.NetworkRuntime}. Not part of the API. */
@NullMarked
package org.chemnet.network.internal.usecase;

import org.jspecify.annotations.NullMarked;
