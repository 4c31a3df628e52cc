/** Implementation helpers of the core. Not part of the API: nothing outside network-core may use them. */
package org.chemnet.network.internal;
