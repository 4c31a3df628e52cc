/**
 * Organizations and the people who represent them: the legal bodies that take part in networks, their identifiers
 * in registers and their contact details.
 *
 * @since 0.1.0
 */
@NullMarked
package org.chemnet.network.organization;

import org.jspecify.annotations.NullMarked;
