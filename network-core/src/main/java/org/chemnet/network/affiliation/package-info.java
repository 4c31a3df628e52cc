/**
 * People of organizations: a person's dated affiliation with an organization and their role in it (head,
 * representative, contact, staff), as W3C ORG ({@code org:Membership} with {@code org:role}) and Popolo
 * ({@code Membership} of a person in an organization, with {@code role}) model it. The head of an organization on a
 * day is who sits on an ex officio board seat of that organization. Use cases are in {@link
 * org.chemnet.network.affiliation.Affiliations}.
 */
@NullMarked
package org.chemnet.network.affiliation;

import org.jspecify.annotations.NullMarked;
