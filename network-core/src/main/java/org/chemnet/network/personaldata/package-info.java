/**
 * A person's data, exported on request and erased on request: the
 * {@link org.chemnet.network.personaldata.PersonalData} use cases.
 *
 * @since 0.4.0
 */
@NullMarked
package org.chemnet.network.personaldata;

import org.jspecify.annotations.NullMarked;
