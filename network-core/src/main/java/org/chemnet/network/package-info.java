/**
 * The chemnet network library's core: {@link org.chemnet.network.NetworkRuntime}, the entry point, the network
 * itself and the whole-network graph, and the root exception. Sub-packages hold the domain by concern (organizations,
 * membership, governance, activities, events, declarations, newsletters), validation, the plugin SPI and the
 * in-memory store.
 *
 * <p>The core depends on {@code jakarta.validation-api} and {@code slf4j-api} only.
 *
 * @since 0.1.0
 */
package org.chemnet.network;
