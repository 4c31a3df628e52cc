/** The mapping of events and seminars to iCalendar components. Not part of the API. */
@NullMarked
package org.chemnet.network.calendar.internal;

import org.jspecify.annotations.NullMarked;
