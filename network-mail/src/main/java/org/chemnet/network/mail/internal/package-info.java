/** Mail composition: templates, header checks. Not part of the API. */
package org.chemnet.network.mail.internal;
