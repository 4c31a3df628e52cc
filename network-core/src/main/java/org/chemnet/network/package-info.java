/**
 * The chemnet network library's entry: {@link org.chemnet.network.NetworkRuntime}, how it is built, and the
 * {@link org.chemnet.network.NetworkSession} of use cases on behalf of one actor. It is the top of the core and the
 * only package that knows them all; below it, the packages read top-down and never import one above them:
 *
 * <ul>
 *   <li>the in-memory store ({@code memory}) and the use cases' implementation ({@code internal.usecase});
 *   <li>the plugin SPI ({@code spi}) and the change log ({@code change});
 *   <li>a network as a whole ({@code graph}) and the reads of single records ({@code directory}), personal data
 *       ({@code personaldata});
 *   <li>the domain by concern: {@code activity}, {@code declaration}, {@code event}, {@code newsletter},
 *       {@code governance}, {@code membership}, {@code access}, {@code organization};
 *   <li>values shared by all ({@code common}), validation ({@code validation}, whose annotations name their validators
 *       in {@code internal.constraints}), and the {@code kernel}: identifiers, exceptions and pages.
 * </ul>
 *
 * <p>The core depends on {@code jakarta.validation-api}, {@code slf4j-api} and the annotation jars
 * {@code apiguardian-api} and {@code jspecify} only.
 *
 * @since 0.1.0
 */
@NullMarked
package org.chemnet.network;

import org.jspecify.annotations.NullMarked;
