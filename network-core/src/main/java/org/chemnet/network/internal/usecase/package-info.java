/** The implementations of the use cases behind {@link org.chemnet.network.NetworkRuntime}. Not part of the API. */
package org.chemnet.network.internal.usecase;
