package org.chemnet.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.chemnet.network.Races.THREADS;
import static org.chemnet.network.Races.losersGotClearErrors;
import static org.chemnet.network.Races.race;
import static org.chemnet.network.Races.successes;

import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.chemnet.network.activity.Activity;
import org.chemnet.network.activity.ActivityId;
import org.chemnet.network.activity.BestPracticeExchange;
import org.chemnet.network.activity.Newsletter;
import org.chemnet.network.activity.Seminar;
import org.chemnet.network.activity.WorkingGroup;
import org.chemnet.network.change.ChangeEvent;
import org.chemnet.network.common.Fee;
import org.chemnet.network.common.LocalizedText;
import org.chemnet.network.common.Period;
import org.chemnet.network.graph.Network;
import org.chemnet.network.graph.NetworkGraph;
import org.chemnet.network.kernel.NetworkException;
import org.chemnet.network.kernel.NetworkId;
import org.chemnet.network.kernel.NotFoundException;
import org.chemnet.network.kernel.PageRequest;
import org.chemnet.network.organization.OrganizationId;
import org.chemnet.network.validation.NetworkValidationException;
import org.chemnet.network.validation.Violation;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Activities through {@code runtime.activities()}: added, changed and retired, what a network runs on a day, the
 * refusals (storing nothing), the change events, and races of {@value Races#THREADS} threads over two runtimes on one
 * store.
 *
 * <p>A store's test extends this class and says how to make a fresh store and a second node over the same data.
 */
public abstract class ActivitiesContract extends TwoNodes {
    private static final NetworkId OTHER = NetworkId.of("other-network");
    private static final ActivityId SEMINAR = TestData.seminar().id();
    private static final LocalDate LAST_DAY = LocalDate.of(2024, 6, 30);

    @BeforeEach
    void startingPoint() {
        first.networks().register(TestData.graph());
        first.networks().register(NetworkGraph.builder(other()).build());
        listener.clear();
    }

    private static Network other() {
        return TestData.network(OTHER, LocalizedText.en("Other Network"));
    }

    private static BestPracticeExchange exchange(String id, String... topics) {
        return new BestPracticeExchange(
                ActivityId.of(id),
                LocalizedText.en("Exchange " + id),
                Optional.empty(),
                List.of(topics),
                Optional.empty());
    }

    private static Seminar seminar(String venue, int registered) {
        Seminar s = TestData.seminar();
        return new Seminar(
                s.id(), s.title(), s.description(), s.dates(), venue, s.capacity(), registered, s.fee(), s.retired());
    }

    /** The newsletter with a topic more. */
    private static Activity withTopic(Activity activity, String topic) {
        Newsletter n = (Newsletter) activity;
        List<String> topics = new ArrayList<>(n.topics());
        topics.add(topic);
        return new Newsletter(n.id(), n.title(), n.description(), topics, n.fee(), n.retired());
    }

    /** The network as {@code networks().export} streams it from the store of the second node. */
    private NetworkGraph exported() {
        List<NetworkGraph> exported = new ArrayList<>();
        second.networks().export(TestData.NETWORK, NetworkGraph.collecting(exported::add));
        return exported.get(0);
    }

    private void graphStillValidates() {
        validator.check(first.networks().graph(TestData.NETWORK).orElseThrow());
    }

    @Test
    void addsAnActivityAfterTheOthersTellsItAndBothNodesSeeIt() {
        WorkingGroup group = new WorkingGroup(
                ActivityId.of("business-group"),
                LocalizedText.en("Business Group"),
                Optional.of(LocalizedText.en("Companies working on substitution")),
                List.of(TestData.MEMBER, TestData.HOST),
                Optional.of(Year.of(2004)),
                Optional.empty());

        Activity added = first.activities().add(TestData.NETWORK, group);

        assertThat(added).isEqualTo(group);
        assertThat(second.directory().activities(TestData.NETWORK))
                .containsExactly(TestData.seminar(), TestData.newsletter(), group);
        assertThat(second.activities().activitiesOn(TestData.NETWORK, LAST_DAY)).contains(group);
        assertThat(listener.events()).containsExactly(new ChangeEvent.ActivityAdded(TestData.NETWORK, group));
        assertThat(second.directory().activities(OTHER)).isEmpty();
        graphStillValidates();
    }

    @Test
    void refusesAnInvalidActivityNamingTheFieldAndStoresNothing() {
        Seminar blankVenue = new Seminar(
                ActivityId.of("bad-seminar"),
                LocalizedText.en("Seminar"),
                Optional.empty(),
                Period.on(LocalDate.of(2024, 2, 1)),
                " ",
                10,
                0,
                Fee.free(),
                Optional.empty());

        assertThatThrownBy(() -> first.activities().add(TestData.NETWORK, blankVenue))
                .isInstanceOfSatisfying(NetworkValidationException.class, e -> assertThat(e.violations())
                        .extracting(Violation::path)
                        .contains("venue"));
        assertThat(second.directory().activities(TestData.NETWORK)).hasSize(2);
        assertThat(listener.events()).isEmpty();
    }

    @Test
    void refusesAnActivityOfAnUnknownNetworkOrWithAnUnknownMember() {
        assertThatThrownBy(() -> first.activities().add(NetworkId.of("unknown"), exchange("x")))
                .isInstanceOfSatisfying(
                        NotFoundException.class, e -> assertThat(e.kind()).isEqualTo("network"));
        WorkingGroup strangers = new WorkingGroup(
                ActivityId.of("strangers"),
                LocalizedText.en("Strangers"),
                Optional.empty(),
                List.of(OrganizationId.of("nobody")),
                Optional.empty(),
                Optional.empty());
        assertThatThrownBy(() -> first.activities().add(TestData.NETWORK, strangers))
                .isInstanceOfSatisfying(
                        NotFoundException.class, e -> assertThat(e.id()).isEqualTo("nobody"));
        assertThat(second.directory().activities(TestData.NETWORK)).hasSize(2);
        assertThat(listener.events()).isEmpty();
    }

    @Test
    void refusesAnIdentifierStoredAlreadyInThisNetworkOrAnother() {
        Seminar again = seminar("Kyoto", 1);

        assertThatThrownBy(() -> first.activities().add(TestData.NETWORK, again))
                .isInstanceOf(NetworkException.class)
                .hasMessageContaining("'seminar' is stored already")
                .hasMessageContaining(TestData.NETWORK.value());
        assertThatThrownBy(() -> second.activities().add(OTHER, again))
                .isInstanceOf(NetworkException.class)
                .hasMessageContaining("'seminar' is stored already")
                .hasMessageContaining("another network");

        assertThat(first.directory().activities(TestData.NETWORK)).contains(TestData.seminar());
        assertThat(first.directory().activities(OTHER)).isEmpty();
        assertThat(listener.events()).isEmpty();
    }

    @Test
    void changesAnActivityInItsPlaceAndTellsBeforeAndAfter() {
        Activity changed = first.activities().change(TestData.NETWORK, SEMINAR, a -> seminar("Nagoya", 99));

        assertThat(changed).isEqualTo(seminar("Nagoya", 99));
        assertThat(second.directory().activities(TestData.NETWORK)).containsExactly(changed, TestData.newsletter());
        assertThat(listener.events())
                .containsExactly(new ChangeEvent.ActivityChanged(TestData.NETWORK, TestData.seminar(), changed));
        graphStillValidates();
    }

    @Test
    void refusesAChangeOfIdentifierKindOrValidityAndAnActivityOfAnotherNetwork() {
        assertThatThrownBy(() -> first.activities().change(TestData.NETWORK, SEMINAR, a -> exchange("seminar")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("kind");
        assertThatThrownBy(() -> first.activities().change(TestData.NETWORK, SEMINAR, a -> exchange("renamed")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("identifier");
        assertThatThrownBy(() -> first.activities().change(TestData.NETWORK, SEMINAR, a -> seminar("Osaka", 101)))
                .isInstanceOf(NetworkValidationException.class);
        assertThatThrownBy(() -> second.activities().change(OTHER, SEMINAR, a -> a))
                .isInstanceOf(NotFoundException.class)
                .hasMessageContaining("seminar");
        assertThatThrownBy(() -> second.activities().retire(OTHER, SEMINAR, LAST_DAY))
                .isInstanceOf(NotFoundException.class);

        assertThat(first.directory().activities(TestData.NETWORK))
                .containsExactly(TestData.seminar(), TestData.newsletter());
        assertThat(listener.events()).isEmpty();
    }

    @Test
    void retiresAnActivityThatStaysStoredAndRunsUntilItsLastDay() {
        Activity retired = first.activities().retire(TestData.NETWORK, TestData.NEWSLETTER, LAST_DAY);

        assertThat(retired).isEqualTo(TestData.newsletter().retiredAfter(LAST_DAY));
        assertThat(retired.retired()).contains(LAST_DAY);
        assertThat(second.activities().activitiesOn(TestData.NETWORK, LAST_DAY))
                .containsExactly(TestData.seminar(), retired);
        assertThat(second.activities().activitiesOn(TestData.NETWORK, LAST_DAY.plusDays(1)))
                .containsExactly(TestData.seminar());
        assertThat(second.directory().activities(TestData.NETWORK)).containsExactly(TestData.seminar(), retired);
        assertThat(second.directory()
                        .subscriptions(TestData.NEWSLETTER, PageRequest.first(10))
                        .items())
                .as("subscriptions still refer to it")
                .containsExactly(TestData.subscription());
        assertThat(first.networks().graph(TestData.NETWORK).orElseThrow().activities())
                .as("the graph carries the last day")
                .contains(retired);
        assertThat(exported().activities())
                .as("the streaming export carries the last day")
                .containsExactly(TestData.seminar(), retired);
        assertThat(listener.events()).containsExactly(new ChangeEvent.ActivityRetired(TestData.NETWORK, retired));
        graphStillValidates();
    }

    @Test
    void retiringAgainOnTheSameDayChangesNothingAndOnAnotherDayIsRefused() {
        Activity retired = first.activities().retire(TestData.NETWORK, TestData.NEWSLETTER, LAST_DAY);
        listener.clear();

        assertThat(second.activities().retire(TestData.NETWORK, TestData.NEWSLETTER, LAST_DAY))
                .isEqualTo(retired);
        assertThat(first.activities().retire(TestData.NETWORK, TestData.NEWSLETTER, LAST_DAY))
                .isEqualTo(retired);
        assertThatThrownBy(() -> first.activities().retire(TestData.NETWORK, TestData.NEWSLETTER, LAST_DAY.plusDays(1)))
                .isInstanceOf(NetworkException.class)
                .hasMessageContaining("retired already after " + LAST_DAY);

        assertThat(first.directory().activities(TestData.NETWORK)).containsExactly(TestData.seminar(), retired);
        assertThat(listener.events()).isEmpty();
    }

    @Test
    void keepsEveryChangeOfSixteenWritersOfOneActivity() throws Exception {
        var outcomes = race(first, second, (runtime, i) -> runtime.activities()
                .change(TestData.NETWORK, TestData.NEWSLETTER, a -> withTopic(a, "marker-" + i)));

        assertThat(successes(outcomes)).hasSize(THREADS);
        Newsletter stored =
                (Newsletter) first.directory().activities(TestData.NETWORK).get(1);
        for (int i = 0; i < THREADS; i++) {
            assertThat(stored.topics()).contains("marker-" + i);
        }
        assertThat(stored.topics()).hasSize(TestData.newsletter().topics().size() + THREADS);
        assertThat(listener.events(ChangeEvent.ActivityChanged.class)).hasSize(THREADS / 2);
        graphStillValidates();
    }

    @Test
    void addsOneOfSixteenActivitiesOfOneIdentifierAndSixteenOfSixteen() throws Exception {
        var same = race(first, second, (runtime, i) -> runtime.activities()
                .add(i % 4 == 0 ? OTHER : TestData.NETWORK, exchange("shared", "topic " + i)));
        var each = race(first, second, (runtime, i) -> runtime.activities()
                .add(TestData.NETWORK, exchange("own-" + i, "topic " + i)));

        assertThat(successes(same)).hasSize(1);
        losersGotClearErrors(same, NetworkException.class);
        List<Activity> stored = new ArrayList<>(first.directory().activities(TestData.NETWORK));
        stored.addAll(first.directory().activities(OTHER));
        assertThat(stored)
                .filteredOn(a -> a.id().value().equals("shared"))
                .containsExactly(successes(same).get(0));
        assertThat(successes(each)).hasSize(THREADS);
        assertThat(second.directory().activities(TestData.NETWORK)).containsAll(successes(each));
        graphStillValidates();
    }

    @Test
    void retiresOnceOfSixteenRetirementsOnDifferentDays() throws Exception {
        var outcomes = race(first, second, (runtime, i) -> runtime.activities()
                .retire(TestData.NETWORK, SEMINAR, LAST_DAY.plusDays(i)));

        assertThat(successes(outcomes)).hasSize(1);
        losersGotClearErrors(outcomes, NetworkException.class);
        Activity winner = successes(outcomes).get(0);
        assertThat(first.directory().activities(TestData.NETWORK)).containsExactly(winner, TestData.newsletter());

        var again = race(first, second, (runtime, i) -> runtime.activities()
                .retire(TestData.NETWORK, SEMINAR, winner.retired().orElseThrow()));
        assertThat(successes(again)).hasSize(THREADS).containsOnly(winner);
    }
}
