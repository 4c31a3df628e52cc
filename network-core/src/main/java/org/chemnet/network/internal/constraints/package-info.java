/** The validators behind the constraints of {@link org.chemnet.network.validation}. Not part of the API. */
@NullMarked
package org.chemnet.network.internal.constraints;

import org.jspecify.annotations.NullMarked;
