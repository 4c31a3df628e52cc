/** Implementation helpers of the core. Not part of the API: nothing outside network-core may use them. */
@NullMarked
package org.chemnet.network.internal;

import org.jspecify.annotations.NullMarked;
