/**
 * Registration for seminars and events: who may register, how many places there are, the waitlist that fills freed
 * places in order, cancellation, attendance, and the turnout counted from them. Use cases are in {@link
 * org.chemnet.network.registration.Registrations}.
 */
@NullMarked
package org.chemnet.network.registration;

import org.jspecify.annotations.NullMarked;
