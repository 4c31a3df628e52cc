/**
 * A network's events and seminars as an iCalendar (RFC 5545) document that calendar programs subscribe to or import:
 * {@link org.chemnet.network.calendar.NetworkCalendar}.
 */
@NullMarked
package org.chemnet.network.calendar;

import org.jspecify.annotations.NullMarked;
