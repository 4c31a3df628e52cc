/** The streaming reader and writer, mixins and pointers behind the JSON format. Not part of the API. */
@NullMarked
package org.chemnet.network.json.internal;

import org.jspecify.annotations.NullMarked;
