/**
 * JSON for networks: the documented native format ({@link org.chemnet.network.json.NetworkJson}, with its JSON
 * Schema), Jackson 3 binding of every domain type ({@link org.chemnet.network.json.ChemnetJacksonModule}), streaming
 * import and export, and Popolo interchange ({@link org.chemnet.network.json.Popolo}).
 *
 * @since 0.1.0
 */
@NullMarked
package org.chemnet.network.json;

import org.jspecify.annotations.NullMarked;
