package org.chemnet.network;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;
import org.chemnet.network.activity.Activities;
import org.chemnet.network.change.ChangeLog;
import org.chemnet.network.declaration.Declarations;
import org.chemnet.network.directory.Directory;
import org.chemnet.network.event.Events;
import org.chemnet.network.governance.Governance;
import org.chemnet.network.graph.Networks;
import org.chemnet.network.internal.usecase.DefaultActivities;
import org.chemnet.network.internal.usecase.DefaultChangeLog;
import org.chemnet.network.internal.usecase.DefaultDeclarations;
import org.chemnet.network.internal.usecase.DefaultDirectory;
import org.chemnet.network.internal.usecase.DefaultEvents;
import org.chemnet.network.internal.usecase.DefaultGovernance;
import org.chemnet.network.internal.usecase.DefaultNetworks;
import org.chemnet.network.internal.usecase.DefaultNewsletters;
import org.chemnet.network.internal.usecase.DefaultOrganizations;
import org.chemnet.network.internal.usecase.DefaultParticipation;
import org.chemnet.network.internal.usecase.DefaultPartnerships;
import org.chemnet.network.internal.usecase.DefaultPersonalData;
import org.chemnet.network.internal.usecase.DefaultRegistrations;
import org.chemnet.network.internal.usecase.UseCases;
import org.chemnet.network.membership.Participation;
import org.chemnet.network.membership.Partnerships;
import org.chemnet.network.newsletter.Newsletters;
import org.chemnet.network.organization.Organizations;
import org.chemnet.network.personaldata.PersonalData;
import org.chemnet.network.registration.Registrations;

/**
 * The use cases of a runtime on behalf of one {@link org.chemnet.network.access.Actor}: what
 * {@link NetworkRuntime#as(org.chemnet.network.access.Actor)} returns, typically once per request of a signed-in user.
 * Cheap to make, immutable and thread-safe; it holds nothing to close, and lives no longer than its runtime.
 *
 * @since 0.4.0
 */
@API(status = EXPERIMENTAL, since = "0.4.0")
public final class NetworkSession {
    private final Networks networks;
    private final Directory directory;
    private final Organizations organizations;
    private final Participation participation;
    private final Governance governance;
    private final Activities activities;
    private final Partnerships partnerships;
    private final Events events;
    private final Registrations registrations;
    private final org.chemnet.network.affiliation.Affiliations affiliations;
    private final org.chemnet.network.decision.Decisions decisions;
    private final Declarations declarations;
    private final Newsletters newsletters;
    private final org.chemnet.network.deliverability.Deliverability deliverability;
    private final org.chemnet.network.consent.ConsentLedger consents;
    private final PersonalData personalData;
    private final ChangeLog changes;

    NetworkSession(UseCases context) {
        this.networks = new DefaultNetworks(context);
        this.directory = new DefaultDirectory(context);
        this.organizations = new DefaultOrganizations(context);
        this.participation = new DefaultParticipation(context);
        this.governance = new DefaultGovernance(context);
        this.activities = new DefaultActivities(context);
        this.partnerships = new DefaultPartnerships(context);
        this.events = new DefaultEvents(context);
        this.registrations = new DefaultRegistrations(context);
        this.affiliations = new org.chemnet.network.internal.usecase.DefaultAffiliations(context);
        this.decisions = new org.chemnet.network.internal.usecase.DefaultDecisions(context);
        this.declarations = new DefaultDeclarations(context);
        this.newsletters = new DefaultNewsletters(context);
        this.deliverability = new org.chemnet.network.internal.usecase.DefaultDeliverability(context);
        this.consents = new org.chemnet.network.internal.usecase.DefaultConsentLedger(context);
        this.personalData = new DefaultPersonalData(context);
        this.changes = new DefaultChangeLog(context);
    }

    /**
     * Registering networks, organizations and persons, and reading whole networks back.
     *
     * @return the use cases; never null
     */
    public Networks networks() {
        return networks;
    }

    /**
     * Reading single records, lists and pages of them, and searching organizations by name.
     *
     * @return the use cases; never null
     * @since 0.3.0
     */
    public Directory directory() {
        return directory;
    }

    /**
     * Organizations over time: renamed, merged, split up, dissolved, and their names on a day.
     *
     * @return the use cases; never null
     * @since 0.3.0
     */
    public Organizations organizations() {
        return organizations;
    }

    /**
     * Applications, decisions, withdrawals, suspensions, and who took part on a day.
     *
     * @return the use cases; never null
     */
    public Participation participation() {
        return participation;
    }

    /**
     * Board seats, the chair, the secretariat and its hand-overs.
     *
     * @return the use cases; never null
     */
    public Governance governance() {
        return governance;
    }

    /**
     * Activities added, changed and retired, and those a network runs on a day.
     *
     * @return the use cases; never null
     * @since 0.3.0
     */
    public Activities activities() {
        return activities;
    }

    /**
     * Partners allied and partnerships ended, and the partners of a day.
     *
     * @return the use cases; never null
     * @since 0.3.0
     */
    public Partnerships partnerships() {
        return partnerships;
    }

    /**
     * Meetings and summits.
     *
     * @return the use cases; never null
     */
    public Events events() {
        return events;
    }

    /**
     * Registration for events and seminars: places, waitlists, cancellations, attendance.
     *
     * @return the use cases; never null
     * @since 0.5.0
     */
    public Registrations registrations() {
        return registrations;
    }

    /**
     * People of organizations: affiliations of persons with organizations in a role, and who heads one on a day.
     *
     * @return the use cases; never null
     * @since 0.5.0
     */
    public org.chemnet.network.affiliation.Affiliations affiliations() {
        return affiliations;
    }

    /**
     * Board decisions: motions, votes of the seats sitting on a motion's day, and outcomes.
     *
     * @return the use cases; never null
     * @since 0.5.0
     */
    public org.chemnet.network.decision.Decisions decisions() {
        return decisions;
    }

    /**
     * Declarations and their endorsements.
     *
     * @return the use cases; never null
     */
    public Declarations declarations() {
        return declarations;
    }

    /**
     * Subscriptions, issues and the outbox.
     *
     * @return the use cases; never null
     */
    public Newsletters newsletters() {
        return newsletters;
    }

    /**
     * Bounces, holds and the suppression list of mail addresses.
     *
     * @return the use cases; never null
     * @since 0.6.0
     */
    public org.chemnet.network.deliverability.Deliverability deliverability() {
        return deliverability;
    }

    /**
     * The consent ledger.
     *
     * @return the use cases; never null
     * @since 0.6.0
     */
    public org.chemnet.network.consent.ConsentLedger consents() {
        return consents;
    }

    /**
     * Export and erasure of a person's data.
     *
     * @return the use cases; never null
     */
    public PersonalData personalData() {
        return personalData;
    }

    /**
     * The audit log, and the delivery of its changes to durable listeners.
     *
     * @return the use cases; never null
     * @since 0.4.0
     */
    public ChangeLog changes() {
        return changes;
    }
}
