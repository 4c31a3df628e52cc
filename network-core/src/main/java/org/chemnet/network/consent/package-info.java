/**
 * The consent ledger: append-only entries of consent given and withdrawn, by purpose (newsletter, listing in the
 * public directory, notices), with the channel, the text agreed to and its version, the instant, the source and who
 * recorded it, so that a network can show on request what a person or organization agreed to and when.
 *
 * @since 0.6.0
 */
@NullMarked
package org.chemnet.network.consent;

import org.jspecify.annotations.NullMarked;
