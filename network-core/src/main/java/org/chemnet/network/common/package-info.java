/**
 * Values used across the domain: text in several languages, periods of days, fees.
 *
 * @since 0.1.0
 */
@NullMarked
package org.chemnet.network.common;

import org.jspecify.annotations.NullMarked;
