/**
 * Validation of the domain: the constraints with real rules of the domain (country codes, web addresses, check
 * digits, one chair at a time, legal status histories, a consistent network graph), and {@link
 * org.chemnet.network.validation.NetworkValidator}, which reports every violation at once in English or Japanese.
 *
 * @since 0.1.0
 */
@NullMarked
package org.chemnet.network.validation;

import org.jspecify.annotations.NullMarked;
