/** The validators behind the constraints of {@link org.chemnet.network.validation}. Not part of the API. */
package org.chemnet.network.internal.constraints;
