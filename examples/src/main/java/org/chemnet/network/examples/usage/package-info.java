/**
 * Small runnable examples, one class per use: embed with H2 ({@link
 * org.chemnet.network.examples.usage.EmbedWithH2}), embed with PostgreSQL ({@link
 * org.chemnet.network.examples.usage.EmbedWithPostgres}), write a plugin ({@link
 * org.chemnet.network.examples.usage.WriteAPlugin}), validate ({@link
 * org.chemnet.network.examples.usage.ValidateANetwork}) and export ({@link
 * org.chemnet.network.examples.usage.ExportANetwork}).
 *
 * @since 0.1.0
 */
package org.chemnet.network.examples.usage;
