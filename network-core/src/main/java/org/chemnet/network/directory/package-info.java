/**
 * Reading single records, lists and pages of them: the {@link org.chemnet.network.directory.Directory} use cases.
 *
 * @since 0.4.0
 */
@NullMarked
package org.chemnet.network.directory;

import org.jspecify.annotations.NullMarked;
