/** Mail composition: templates, header checks. Not part of the API. */
@NullMarked
package org.chemnet.network.mail.internal;

import org.jspecify.annotations.NullMarked;
