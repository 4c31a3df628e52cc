package org.chemnet.network.mail;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/**
 * What one reading of a bounce mailbox did.
 *
 * @param read how many messages were read
 * @param bounces how many bounces they reported and were recorded (counted or not)
 * @param complaints how many feedback loop reports complained about a delivery of ours, whose address is now
 *     suppressed as complained
 * @param unrecognized how many messages were no delivery status notification, or named an address that is not one:
 *     left in the mailbox, marked as seen, for a person to read
 * @since 0.6.0
 */
@API(status = EXPERIMENTAL, since = "0.6.0")
public record BounceMailboxReport(int read, int bounces, int complaints, int unrecognized) {}
