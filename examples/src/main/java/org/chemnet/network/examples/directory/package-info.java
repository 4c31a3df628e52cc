/**
 * The public directory page of a network as of a day: {@link org.chemnet.network.examples.directory.DirectoryPage}.
 *
 * @since 0.1.0
 */
package org.chemnet.network.examples.directory;
