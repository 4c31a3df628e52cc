/**
 * The seed networks as fixtures: the Japanese Network for Strategic Response on International Chemical Management,
 * ChemSec and the ICCSS Global Network, with every fact their documents state, and a generator of plausible
 * participants where a document gives only a count.
 *
 * @since 0.1.0
 */
package org.chemnet.network.examples.seed;
