/**
 * The rules of a consistent network, applied one record at a time in bounded memory, shared by the validation of a
 * whole graph and by streaming imports. Not part of the API.
 */
@NullMarked
package org.chemnet.network.internal.graph;

import org.jspecify.annotations.NullMarked;
