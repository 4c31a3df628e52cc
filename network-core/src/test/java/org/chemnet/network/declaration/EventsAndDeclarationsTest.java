package org.chemnet.network.declaration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.chemnet.network.NetworkRuntime;
import org.chemnet.network.RecordingListener;
import org.chemnet.network.TestData;
import org.chemnet.network.change.ChangeEvent;
import org.chemnet.network.common.LocalizedText;
import org.chemnet.network.common.Period;
import org.chemnet.network.event.Event;
import org.chemnet.network.event.EventId;
import org.chemnet.network.kernel.NotFoundException;
import org.chemnet.network.organization.OrganizationId;
import org.chemnet.network.validation.NetworkValidationException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class EventsAndDeclarationsTest {
    private static final LocalDate SUMMIT_LAST_DAY = LocalDate.of(2016, 4, 20);
    private final RecordingListener listener = new RecordingListener();
    private NetworkRuntime runtime;

    @BeforeEach
    void start() {
        runtime = NetworkRuntime.builder().listener(listener).build();
        runtime.networks().register(TestData.graph());
        listener.clear();
    }

    @AfterEach
    void stop() {
        runtime.close();
    }

    private static Event nextSummit() {
        Event e = TestData.summit();
        return new Event(
                EventId.of("summit-2017"),
                LocalizedText.en("Next summit"),
                Optional.of("TS2017"),
                e.kind(),
                Period.of(LocalDate.of(2017, 9, 19), LocalDate.of(2017, 9, 20)),
                e.place(),
                List.of(TestData.HOST),
                List.of(),
                Optional.of(2000),
                Optional.empty(),
                Optional.empty());
    }

    @Test
    void schedulesAnEventWithItsOrganizers() {
        Event event = runtime.events().schedule(TestData.NETWORK, nextSummit());

        assertThat(runtime.events().event(event.id())).contains(event);
        assertThat(runtime.events().events(TestData.NETWORK))
                .extracting(Event::id)
                .containsExactly(TestData.SUMMIT, event.id());
        assertThat(listener.events()).containsExactly(new ChangeEvent.EventScheduled(TestData.NETWORK, event));
    }

    @Test
    void refusesAnEventWithAnUnknownOrganizer() {
        Event e = nextSummit();
        Event unknownOrganizer = new Event(
                e.id(),
                e.name(),
                e.acronym(),
                e.kind(),
                e.dates(),
                e.place(),
                List.of(OrganizationId.of("nobody")),
                e.coOrganizers(),
                e.participantCount(),
                e.countryCount(),
                e.description());
        assertThatThrownBy(() -> runtime.events().schedule(TestData.NETWORK, unknownOrganizer))
                .isInstanceOf(NotFoundException.class);
        assertThat(runtime.events().event(e.id())).isEmpty();
    }

    @Test
    void adoptsADeclarationOnlyDuringItsEvent() {
        Event event = runtime.events().schedule(TestData.NETWORK, nextSummit());
        Declaration shanghai = new Declaration(
                DeclarationId.of("shanghai"),
                LocalizedText.en("Shanghai Declaration"),
                event.id(),
                LocalDate.of(2017, 9, 20),
                Optional.empty(),
                List.of(),
                List.of(),
                List.of(),
                List.of(Endorsement.of(TestData.HOST, LocalDate.of(2017, 9, 20))));

        runtime.declarations().adopt(TestData.NETWORK, shanghai);

        assertThat(runtime.declarations().declarations(TestData.NETWORK))
                .extracting(Declaration::id)
                .containsExactly(TestData.declaration().id(), shanghai.id());
        Declaration tooLate = new Declaration(
                DeclarationId.of("late"),
                shanghai.title(),
                event.id(),
                LocalDate.of(2017, 9, 21),
                Optional.empty(),
                List.of(),
                List.of(),
                List.of(),
                List.of());
        assertThatThrownBy(() -> runtime.declarations().adopt(TestData.NETWORK, tooLate))
                .isInstanceOf(NetworkValidationException.class)
                .hasMessageContaining(
                        "adoptedOn: must be one of the days of the event it was adopted at (2017-09-19 to 2017-09-20)");
    }

    @Test
    void endorsersAreAnswerOfADay() {
        DeclarationId id = TestData.declaration().id();
        runtime.declarations().endorse(id, TestData.MEMBER, LocalDate.of(2018, 1, 1));
        runtime.declarations().withdrawEndorsement(id, TestData.HOST, LocalDate.of(2019, 1, 1));

        assertThat(runtime.declarations().endorsementsOn(id, SUMMIT_LAST_DAY))
                .extracting(Endorsement::organization)
                .containsExactly(TestData.HOST);
        assertThat(runtime.declarations().endorsementsOn(id, LocalDate.of(2018, 6, 1)))
                .extracting(Endorsement::organization)
                .containsExactly(TestData.HOST, TestData.MEMBER);
        assertThat(runtime.declarations().endorsementsOn(id, LocalDate.of(2019, 1, 1)))
                .extracting(Endorsement::organization)
                .containsExactly(TestData.MEMBER);
        assertThat(listener.events(ChangeEvent.EndorsementChanged.class)).hasSize(2);
    }

    @Test
    void refusesDoubleEndorsementsAndWithdrawingWhatIsNotThere() {
        DeclarationId id = TestData.declaration().id();
        assertThatThrownBy(() -> runtime.declarations().endorse(id, TestData.HOST, LocalDate.of(2018, 1, 1)))
                .isInstanceOf(EndorsementRefusedException.class)
                .hasMessage("organization host already endorses declaration declaration on 2018-01-01");
        assertThatThrownBy(
                        () -> runtime.declarations().withdrawEndorsement(id, TestData.MEMBER, LocalDate.of(2018, 1, 1)))
                .isInstanceOf(EndorsementRefusedException.class);
        assertThatThrownBy(() -> runtime.declarations().endorsementsOn(DeclarationId.of("none"), SUMMIT_LAST_DAY))
                .isInstanceOf(NotFoundException.class);
    }
}
