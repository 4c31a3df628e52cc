package org.chemnet.network.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.chemnet.network.TestData;
import org.chemnet.network.activity.Activity;
import org.chemnet.network.activity.ActivityId;
import org.chemnet.network.activity.Seminar;
import org.chemnet.network.common.Fee;
import org.chemnet.network.common.LocalizedText;
import org.chemnet.network.common.Period;
import org.chemnet.network.declaration.Declaration;
import org.chemnet.network.declaration.DeclarationId;
import org.chemnet.network.declaration.Endorsement;
import org.chemnet.network.event.Event;
import org.chemnet.network.event.EventId;
import org.chemnet.network.event.EventKind;
import org.chemnet.network.event.Place;
import org.chemnet.network.kernel.ConcurrentUpdateException;
import org.chemnet.network.kernel.NetworkId;
import org.chemnet.network.kernel.NotFoundException;
import org.chemnet.network.membership.Partner;
import org.chemnet.network.organization.Organization;
import org.chemnet.network.organization.OrganizationId;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@link ContentPort}: activities in the order first stored, partners by organization, events and
 * declarations by day, and endorsements as rows of their own, appended, ended, at most one open per organization. Its
 * race: sixteen organizations endorsing one declaration at once over two nodes, all sixteen stored.
 *
 * @since 0.2.0
 */
public abstract class ContentPortContract extends StoreContract {
    private static final NetworkId OTHER = NetworkId.of("other");
    private static final DeclarationId DECLARATION = TestData.declaration().id();
    private static final LocalDate ENDORSED = LocalDate.of(2016, 4, 20);

    /** Creates the suite. */
    protected ContentPortContract() {}

    private static Seminar seminar(String id, String title) {
        return new Seminar(
                ActivityId.of(id),
                LocalizedText.en(title),
                Optional.empty(),
                Period.on(LocalDate.of(2021, 2, 1)),
                "Osaka",
                50,
                20,
                Fee.free(),
                Optional.empty());
    }

    private static Event event(String id, LocalDate firstDay) {
        return new Event(
                EventId.of(id),
                LocalizedText.en("Event " + id),
                Optional.empty(),
                EventKind.MEETING,
                Period.on(firstDay),
                new Place("Tokyo", "JP", Optional.empty()),
                List.of(TestData.HOST),
                List.of(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty());
    }

    private static Declaration declaration(String id, LocalDate adoptedOn, EventId adoptedAt) {
        return new Declaration(
                DeclarationId.of(id),
                LocalizedText.en("Declaration " + id),
                adoptedAt,
                adoptedOn,
                Optional.of(LocalizedText.en("In short")),
                List.of(LocalizedText.en("A goal")),
                List.of(LocalizedText.en("A guideline")),
                List.of(),
                List.of());
    }

    private Declaration storedDeclaration() {
        return read(tx -> tx.content().declaration(DECLARATION)).orElseThrow();
    }

    private void insertOtherNetwork() {
        write(tx -> tx.networks().insert(network(OTHER)));
    }

    @Test
    void findsNothingForAnAbsentNetwork() {
        assertThat(listed(tx -> tx.content().activities(TestData.NETWORK))).isEmpty();
        assertThat(found(tx -> tx.content().activity(TestData.NEWSLETTER))).isEmpty();
        assertThat(listed(tx -> tx.content().partners(TestData.NETWORK))).isEmpty();
        assertThat(listed(tx -> tx.content().events(TestData.NETWORK))).isEmpty();
        assertThat(found(tx -> tx.content().event(TestData.SUMMIT))).isEmpty();
        assertThat(listed(tx -> tx.content().declarations(TestData.NETWORK))).isEmpty();
        assertThat(found(tx -> tx.content().declaration(DECLARATION))).isEmpty();
        assertThat(found(tx -> tx.content().networkOfDeclaration(DECLARATION))).isEmpty();
    }

    @Test
    void givesBackWhatWasImported() {
        importTestGraph();

        assertThat(listed(tx -> tx.content().activities(TestData.NETWORK)))
                .containsExactly(TestData.seminar(), TestData.newsletter());
        assertThat(found(tx -> tx.content().activity(TestData.NEWSLETTER))).contains(TestData.newsletter());
        assertThat(listed(tx -> tx.content().events(TestData.NETWORK))).containsExactly(TestData.summit());
        assertThat(found(tx -> tx.content().event(TestData.SUMMIT))).contains(TestData.summit());
        assertThat(listed(tx -> tx.content().declarations(TestData.NETWORK))).containsExactly(TestData.declaration());
        assertThat(found(tx -> tx.content().declaration(DECLARATION))).contains(TestData.declaration());
        assertThat(found(tx -> tx.content().networkOfDeclaration(DECLARATION))).contains(TestData.NETWORK);
        assertThat(listed(tx -> tx.content().partners(TestData.NETWORK))).isEmpty();
    }

    @Test
    void saveActivityAppendsNewOnesAndReplacesStoredOnesInTheirPlace() {
        importTestGraph();
        Seminar renamed = seminar("seminar", "Renamed seminar");
        Seminar first = seminar("aaa", "Added last");

        write(tx -> {
            tx.content().saveActivity(TestData.NETWORK, first);
            tx.content().saveActivity(TestData.NETWORK, renamed);
        });

        assertThat(listed(tx -> tx.content().activities(TestData.NETWORK)))
                .containsExactly(renamed, TestData.newsletter(), first);
        assertThat(found(tx -> tx.content().activity(renamed.id()))).contains(renamed);
    }

    @Test
    void keepsTheActivitiesOfEachNetworkApart() {
        importTestGraph();
        insertOtherNetwork();
        Seminar elsewhere = seminar("elsewhere", "Elsewhere");

        write(tx -> tx.content().saveActivity(OTHER, elsewhere));

        assertThat(listed(tx -> tx.content().activities(OTHER))).containsExactly(elsewhere);
        assertThat(listed(tx -> tx.content().activities(TestData.NETWORK))).hasSize(2);
        assertThat(listed(tx -> tx.content().activities(NetworkId.of("nowhere"))))
                .isEmpty();
    }

    @Test
    void saveActivityOfAnActivityOfAnotherNetworkIsRefused() {
        importTestGraph();
        insertOtherNetwork();

        assertThatThrownBy(() -> write(tx -> tx.content().saveActivity(OTHER, seminar("seminar", "Taken"))))
                .isInstanceOf(NetworkStorageException.class);

        assertThat(listed(tx -> tx.content().activities(OTHER))).isEmpty();
        List<Activity> activities = read(tx -> tx.content().activities(TestData.NETWORK));
        assertThat(activities).containsExactly(TestData.seminar(), TestData.newsletter());
    }

    @Test
    void savePartnerInsertsAndReplacesByOrganizationAndListsThemByOrganization() {
        importTestGraph();
        Partner member = new Partner(TestData.MEMBER, Optional.of(LocalizedText.en("ally")), Optional.empty());
        Partner host = new Partner(TestData.HOST, Optional.empty(), Optional.of(Period.from(LocalDate.of(2020, 1, 1))));
        Partner memberAgain = new Partner(
                TestData.MEMBER,
                Optional.of(LocalizedText.en("memorandum of understanding")),
                Optional.of(Period.of(LocalDate.of(2020, 1, 1), LocalDate.of(2022, 12, 31))));

        write(tx -> tx.content().savePartner(TestData.NETWORK, member));
        write(tx -> tx.content().savePartner(TestData.NETWORK, host));
        assertThat(listed(tx -> tx.content().partners(TestData.NETWORK))).containsExactly(host, member);

        write(tx -> tx.content().savePartner(TestData.NETWORK, memberAgain));
        assertThat(listed(tx -> tx.content().partners(TestData.NETWORK))).containsExactly(host, memberAgain);
        assertThat(listed(tx -> tx.content().partners(OTHER))).isEmpty();
    }

    @Test
    void insertsActivitiesAtVersionOneAndUpdatesThemInTheirPlaceByTheVersionRead() {
        importTestGraph();
        insertOtherNetwork();
        Seminar added = seminar("added", "Added");
        Activity retired = TestData.seminar().retiredAfter(LocalDate.of(2024, 6, 30));

        write(tx -> tx.content().insertActivity(TestData.NETWORK, added));
        assertThat(found(tx -> tx.content().activity(TestData.NETWORK, added.id())))
                .contains(new Versioned<>(added, 1));
        long version = writeLong(tx -> tx.content().updateActivity(TestData.NETWORK, retired, 1));

        assertThat(version).isEqualTo(2);
        assertThat(found(tx -> tx.content().activity(TestData.NETWORK, retired.id())))
                .contains(new Versioned<>(retired, 2));
        assertThat(listed(tx -> tx.content().activities(TestData.NETWORK)))
                .containsExactly(retired, TestData.newsletter(), added);
        assertThat(found(tx -> tx.content().activity(OTHER, retired.id())))
                .as("not an activity of the other network")
                .isEmpty();
        write(tx -> tx.content().saveActivity(TestData.NETWORK, TestData.seminar()));
        assertThat(found(tx -> tx.content().activity(TestData.NETWORK, retired.id())))
                .as("a whole replacement advances the version too")
                .contains(new Versioned<>(TestData.seminar(), 3));
    }

    @Test
    void refusesAnActivityStoredAlreadyAStaleVersionAndAnActivityOfAnotherNetwork() {
        importTestGraph();
        insertOtherNetwork();
        Seminar taken = seminar("seminar", "Taken");

        assertThatThrownBy(() -> write(tx -> tx.content().insertActivity(OTHER, taken)))
                .isInstanceOf(ConcurrentUpdateException.class);
        assertThatThrownBy(() -> write(tx -> tx.content().insertActivity(TestData.NETWORK, taken)))
                .isInstanceOf(ConcurrentUpdateException.class);
        write(tx -> tx.content().updateActivity(TestData.NETWORK, taken, 1));
        assertThatThrownBy(() -> write(tx -> tx.content().updateActivity(TestData.NETWORK, TestData.seminar(), 1)))
                .isInstanceOf(ConcurrentUpdateException.class);
        assertThatThrownBy(() -> write(tx -> tx.content().updateActivity(OTHER, TestData.seminar(), 2)))
                .isInstanceOf(NotFoundException.class);

        assertThat(listed(tx -> tx.content().activities(TestData.NETWORK)))
                .containsExactly(taken, TestData.newsletter());
        assertThat(listed(tx -> tx.content().activities(OTHER))).isEmpty();
    }

    @Test
    void insertsPartnersOncePerOrganizationAndEndsAnOpenOneOnce() {
        importTestGraph();
        Partner open =
                new Partner(TestData.MEMBER, Optional.empty(), Optional.of(Period.from(LocalDate.of(2020, 1, 1))));
        Partner ended = new Partner(
                TestData.MEMBER,
                Optional.empty(),
                Optional.of(Period.of(LocalDate.of(2020, 1, 1), LocalDate.of(2021, 6, 30))));

        write(tx -> tx.content().insertPartner(TestData.NETWORK, open));
        assertThat(found(tx -> tx.content().partner(TestData.NETWORK, TestData.MEMBER)))
                .contains(new Versioned<>(open, 1));
        assertThatThrownBy(() -> write(tx -> tx.content().insertPartner(TestData.NETWORK, ended)))
                .isInstanceOf(ConcurrentUpdateException.class);

        write(tx -> tx.content().updatePartner(TestData.NETWORK, ended, 1));
        assertThat(found(tx -> tx.content().partner(TestData.NETWORK, TestData.MEMBER)))
                .contains(new Versioned<>(ended, 2));
        assertThatThrownBy(() -> write(tx -> tx.content().updatePartner(TestData.NETWORK, open, 1)))
                .as("a partnership changed since it was read is not overwritten")
                .isInstanceOf(ConcurrentUpdateException.class);
        assertThat(found(tx -> tx.content().partner(OTHER, TestData.MEMBER))).isEmpty();
        assertThat(listed(tx -> tx.content().partners(TestData.NETWORK))).containsExactly(ended);
    }

    @Test
    void replacesAPartnerOnlyAtTheVersionRead() {
        importTestGraph();
        Partner first = new Partner(
                TestData.MEMBER,
                Optional.empty(),
                Optional.of(Period.of(LocalDate.of(2019, 1, 1), LocalDate.of(2019, 12, 31))));
        Partner again = new Partner(
                TestData.MEMBER,
                Optional.of(LocalizedText.en("allied again")),
                Optional.of(Period.from(LocalDate.of(2021, 1, 1))));
        write(tx -> tx.content().insertPartner(TestData.NETWORK, first));

        assertThat(writeLong(tx -> tx.content().updatePartner(TestData.NETWORK, again, 1)))
                .isEqualTo(2);
        assertThatThrownBy(() -> write(tx -> tx.content().updatePartner(TestData.NETWORK, first, 1)))
                .isInstanceOf(ConcurrentUpdateException.class);
        assertThatThrownBy(() -> write(tx -> tx.content()
                        .updatePartner(
                                TestData.NETWORK, new Partner(TestData.HOST, Optional.empty(), Optional.empty()), 1)))
                .isInstanceOf(NotFoundException.class);

        assertThat(found(tx -> tx.content().partner(TestData.NETWORK, TestData.MEMBER)))
                .contains(new Versioned<>(again, 2));
    }

    @Test
    void listsEventsByFirstDayThenIdentifierAndReplacesThemByIdentifier() {
        importTestGraph();
        Event later = event("a-later", LocalDate.of(2017, 1, 1));
        Event earlier = event("z-earlier", LocalDate.of(2015, 1, 1));
        Event sameDay = event("b-same-day", TestData.summit().dates().start());
        Event renamedSummit = new Event(
                TestData.SUMMIT,
                LocalizedText.en("Renamed Summit"),
                Optional.empty(),
                EventKind.SUMMIT,
                TestData.summit().dates(),
                TestData.summit().place(),
                List.of(TestData.MEMBER),
                List.of(TestData.HOST),
                Optional.of(500),
                Optional.empty(),
                Optional.of(LocalizedText.en("Renamed")));

        write(tx -> {
            tx.content().saveEvent(TestData.NETWORK, later);
            tx.content().saveEvent(TestData.NETWORK, earlier);
            tx.content().saveEvent(TestData.NETWORK, sameDay);
            tx.content().saveEvent(TestData.NETWORK, renamedSummit);
        });

        assertThat(listed(tx -> tx.content().events(TestData.NETWORK)))
                .containsExactly(earlier, sameDay, renamedSummit, later);
        assertThat(found(tx -> tx.content().event(TestData.SUMMIT))).contains(renamedSummit);
        assertThat(listed(tx -> tx.content().events(OTHER))).isEmpty();
    }

    @Test
    void saveEventOfAnEventOfAnotherNetworkIsRefused() {
        importTestGraph();
        insertOtherNetwork();

        assertThatThrownBy(() -> write(tx -> tx.content().saveEvent(OTHER, TestData.summit())))
                .isInstanceOf(NetworkStorageException.class);

        assertThat(listed(tx -> tx.content().events(OTHER))).isEmpty();
        assertThat(listed(tx -> tx.content().events(TestData.NETWORK))).containsExactly(TestData.summit());
    }

    @Test
    void listsDeclarationsByDayOfAdoptionThenIdentifier() {
        importTestGraph();
        Declaration later = declaration("a-later", LocalDate.of(2017, 1, 1), TestData.SUMMIT);
        Declaration earlier = declaration("z-earlier", LocalDate.of(2015, 1, 1), TestData.SUMMIT);
        Declaration sameDay = declaration("b-same-day", TestData.declaration().adoptedOn(), TestData.SUMMIT);

        write(tx -> {
            tx.content().insertDeclaration(TestData.NETWORK, later);
            tx.content().insertDeclaration(TestData.NETWORK, earlier);
            tx.content().insertDeclaration(TestData.NETWORK, sameDay);
        });

        assertThat(listed(tx -> tx.content().declarations(TestData.NETWORK)))
                .containsExactly(earlier, sameDay, TestData.declaration(), later);
        assertThat(found(tx -> tx.content().declaration(later.id()))).contains(later);
        assertThat(found(tx -> tx.content().networkOfDeclaration(later.id()))).contains(TestData.NETWORK);
    }

    @Test
    void keepsTheDeclarationsOfEachNetworkApart() {
        importTestGraph();
        insertOtherNetwork();
        Event meeting = event("other-meeting", LocalDate.of(2021, 5, 1));
        Declaration elsewhere = declaration("elsewhere", LocalDate.of(2021, 5, 1), meeting.id());

        write(tx -> {
            tx.content().saveEvent(OTHER, meeting);
            tx.content().insertDeclaration(OTHER, elsewhere);
        });

        assertThat(listed(tx -> tx.content().declarations(OTHER))).containsExactly(elsewhere);
        assertThat(found(tx -> tx.content().networkOfDeclaration(elsewhere.id())))
                .contains(OTHER);
        assertThat(listed(tx -> tx.content().declarations(TestData.NETWORK))).containsExactly(TestData.declaration());
    }

    @Test
    void insertDeclarationKeepsItsEndorsementsInOrderWithTheirLastDays() {
        importTestGraph();
        Declaration endorsed = declaration("endorsed", LocalDate.of(2016, 4, 20), TestData.SUMMIT)
                .withEndorsements(List.of(
                        Endorsement.of(TestData.MEMBER, ENDORSED),
                        new Endorsement(TestData.HOST, ENDORSED, Optional.of(LocalDate.of(2018, 1, 1))),
                        Endorsement.of(TestData.HOST, LocalDate.of(2019, 1, 1))));

        write(tx -> tx.content().insertDeclaration(TestData.NETWORK, endorsed));

        assertThat(found(tx -> tx.content().declaration(endorsed.id()))).contains(endorsed);
    }

    @Test
    void insertDeclarationOfAStoredDeclarationIsRefusedAndTheTransactionStoresNothing() {
        importTestGraph();
        Declaration other = declaration("other", LocalDate.of(2017, 1, 1), TestData.SUMMIT);
        Declaration again = TestData.declaration().withEndorsements(List.of());

        assertThatThrownBy(() -> write(tx -> {
                    tx.content().insertDeclaration(TestData.NETWORK, other);
                    tx.content().insertDeclaration(TestData.NETWORK, again);
                }))
                .isInstanceOf(ConcurrentUpdateException.class);

        assertThat(storedDeclaration()).isEqualTo(TestData.declaration());
        assertThat(found(tx -> tx.content().declaration(other.id()))).isEmpty();
    }

    @Test
    void insertEndorsementAppendsAfterTheStoredEndorsements() {
        importTestGraph();
        Organization first = organization("aaa");
        write(tx -> tx.organizations().insert(first));
        Endorsement member = Endorsement.of(TestData.MEMBER, LocalDate.of(2017, 1, 1));
        Endorsement aaa = Endorsement.of(first.id(), LocalDate.of(2016, 5, 1));

        write(tx -> tx.content().insertEndorsement(DECLARATION, member));
        write(tx -> tx.content().insertEndorsement(DECLARATION, aaa));

        assertThat(storedDeclaration().endorsements())
                .containsExactly(Endorsement.of(TestData.HOST, ENDORSED), member, aaa);
        assertThat(storedDeclaration().withEndorsements(List.of()))
                .isEqualTo(TestData.declaration().withEndorsements(List.of()));
    }

    @Test
    void aSecondOpenEndorsementByOneOrganizationIsRefusedAndTheTransactionStoresNothing() {
        importTestGraph();

        assertThatThrownBy(() -> write(tx -> {
                    tx.content().insertEndorsement(DECLARATION, Endorsement.of(TestData.MEMBER, ENDORSED));
                    tx.content()
                            .insertEndorsement(DECLARATION, Endorsement.of(TestData.HOST, LocalDate.of(2020, 1, 1)));
                }))
                .isInstanceOf(ConcurrentUpdateException.class);

        assertThat(storedDeclaration()).isEqualTo(TestData.declaration());
    }

    @Test
    void insertEndorsementOfAnAbsentDeclarationThrowsNotFound() {
        importTestGraph();
        DeclarationId absent = DeclarationId.of("absent");

        assertThatThrownBy(() ->
                        write(tx -> tx.content().insertEndorsement(absent, Endorsement.of(TestData.MEMBER, ENDORSED))))
                .isInstanceOf(NotFoundException.class);

        assertThat(found(tx -> tx.content().declaration(absent))).isEmpty();
    }

    @Test
    void endEndorsementSetsTheLastDayOfTheOpenEndorsementInItsPlace() {
        importTestGraph();
        Endorsement member = Endorsement.of(TestData.MEMBER, LocalDate.of(2017, 1, 1));
        write(tx -> tx.content().insertEndorsement(DECLARATION, member));

        write(tx -> tx.content().endEndorsement(DECLARATION, TestData.HOST, LocalDate.of(2018, 1, 1)));

        assertThat(storedDeclaration().endorsements())
                .containsExactly(
                        new Endorsement(TestData.HOST, ENDORSED, Optional.of(LocalDate.of(2018, 1, 1))), member);
    }

    @Test
    void endEndorsementWithNoOpenEndorsementIsRefusedAndTheTransactionStoresNothing() {
        importTestGraph();
        write(tx -> tx.content().endEndorsement(DECLARATION, TestData.HOST, LocalDate.of(2018, 1, 1)));
        Declaration ended = storedDeclaration();

        assertThatThrownBy(() ->
                        write(tx -> tx.content().endEndorsement(DECLARATION, TestData.HOST, LocalDate.of(2019, 1, 1))))
                .isInstanceOf(ConcurrentUpdateException.class);
        assertThatThrownBy(() -> write(tx -> {
                    tx.content()
                            .insertEndorsement(DECLARATION, Endorsement.of(TestData.HOST, LocalDate.of(2020, 1, 1)));
                    tx.content().endEndorsement(DECLARATION, TestData.MEMBER, LocalDate.of(2020, 1, 1));
                }))
                .isInstanceOf(ConcurrentUpdateException.class);

        assertThat(storedDeclaration()).isEqualTo(ended);
    }

    @Test
    void anOrganizationMayEndorseAgainAfterItsEndorsementEnded() {
        importTestGraph();
        Endorsement ended = new Endorsement(TestData.HOST, ENDORSED, Optional.of(LocalDate.of(2018, 1, 1)));
        Endorsement again = Endorsement.of(TestData.HOST, LocalDate.of(2019, 1, 1));

        write(tx -> tx.content().endEndorsement(DECLARATION, TestData.HOST, LocalDate.of(2018, 1, 1)));
        write(tx -> tx.content().insertEndorsement(DECLARATION, again));
        assertThat(storedDeclaration().endorsements()).containsExactly(ended, again);

        write(tx -> tx.content().endEndorsement(DECLARATION, TestData.HOST, LocalDate.of(2020, 1, 1)));
        assertThat(storedDeclaration().endorsements())
                .containsExactly(
                        ended,
                        new Endorsement(TestData.HOST, again.endorsedOn(), Optional.of(LocalDate.of(2020, 1, 1))));
    }

    @Test
    void endorsementsByDifferentOrganizationsInTwoTransactionsOverTwoNodesBothStay() {
        importTestGraph();
        Organization third = organization("third");
        write(tx -> tx.organizations().insert(third));
        NetworkStore second = secondNode();

        store.inTransaction(tx -> {
            Declaration read = tx.content().declaration(DECLARATION).orElseThrow();
            tx.content().insertEndorsement(read.id(), Endorsement.of(TestData.MEMBER, LocalDate.of(2017, 1, 1)));
            return null;
        });
        second.inTransaction(tx -> {
            Declaration read = tx.content().declaration(DECLARATION).orElseThrow();
            tx.content().insertEndorsement(read.id(), Endorsement.of(third.id(), LocalDate.of(2017, 2, 1)));
            return null;
        });

        assertThat(storedDeclaration().endorsements())
                .containsExactly(
                        Endorsement.of(TestData.HOST, ENDORSED),
                        Endorsement.of(TestData.MEMBER, LocalDate.of(2017, 1, 1)),
                        Endorsement.of(third.id(), LocalDate.of(2017, 2, 1)));
    }

    @Test
    void sixteenOrganizationsEndorsingAtOnceOverTwoNodesAreAllStored() throws Exception {
        importTestGraph();
        List<Organization> organizations = new ArrayList<>();
        for (int i = 0; i < 16; i++) {
            organizations.add(organization(String.format(Locale.ROOT, "endorser-%02d", i)));
        }
        write(tx -> organizations.forEach(tx.organizations()::insert));
        NetworkStore second = secondNode();
        List<Callable<Void>> endorsements = new ArrayList<>();
        for (int i = 0; i < organizations.size(); i++) {
            NetworkStore node = node(i, second);
            Endorsement endorsement = Endorsement.of(organizations.get(i).id(), day(i));
            endorsements.add(() -> node.inTransaction(tx -> {
                tx.content().insertEndorsement(DECLARATION, endorsement);
                return null;
            }));
        }

        race(endorsements);

        List<Endorsement> stored = storedDeclaration().endorsements();
        assertThat(stored).hasSize(17).first().isEqualTo(Endorsement.of(TestData.HOST, ENDORSED));
        for (int i = 0; i < organizations.size(); i++) {
            assertThat(stored).contains(Endorsement.of(organizations.get(i).id(), day(i)));
        }
        List<OrganizationId> endorsers =
                stored.stream().map(Endorsement::organization).toList();
        assertThat(endorsers).doesNotHaveDuplicates();
    }
}
