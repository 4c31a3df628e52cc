package org.chemnet.network.deliverability;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/**
 * What one round of {@link Deliverability#remindHeld()} did.
 *
 * @param reminded how many held addresses got a reminder in the outbox
 * @param suppressed how many held addresses were suppressed, their reminders used up
 * @since 0.6.0
 */
@API(status = EXPERIMENTAL, since = "0.6.0")
public record ReminderReport(int reminded, int suppressed) {}
