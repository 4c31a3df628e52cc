/** The streaming reader and writer, mixins and pointers behind the JSON format. Not part of the API. */
package org.chemnet.network.json.internal;
