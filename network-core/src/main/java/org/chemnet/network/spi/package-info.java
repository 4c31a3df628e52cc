/**
 * The service provider interface: what adapters implement. {@link org.chemnet.network.spi.NetworkPlugin} contributes
 * them to a runtime: the store port ({@link org.chemnet.network.spi.NetworkStore}), the mailer port ({@link
 * org.chemnet.network.spi.Mailer}), codecs ({@link org.chemnet.network.spi.NetworkCodec}) and change listeners.
 *
 * @since 0.1.0
 */
@NullMarked
package org.chemnet.network.spi;

import org.jspecify.annotations.NullMarked;
