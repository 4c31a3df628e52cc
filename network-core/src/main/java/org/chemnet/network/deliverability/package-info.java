/**
 * Deliverability: what the library knows about each mail address, across every newsletter and notice. Bounces (hard
 * and soft, from the SMTP reply, from delivery status notifications or handed in by the host) add to an address's
 * bounce score as GNU Mailman keeps it; at a threshold its subscriptions are put on hold and reminders with a way back
 * are sent; an address that does not come back is suppressed. The suppression list (opted out, hard-bounced,
 * complained) is consulted by every send.
 *
 * @since 0.6.0
 */
@NullMarked
package org.chemnet.network.deliverability;

import org.jspecify.annotations.NullMarked;
