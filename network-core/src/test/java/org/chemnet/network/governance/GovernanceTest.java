package org.chemnet.network.governance;

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
import org.chemnet.network.kernel.NotFoundException;
import org.chemnet.network.organization.OrganizationId;
import org.chemnet.network.validation.NetworkValidationException;
import org.chemnet.network.validation.Violation;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class GovernanceTest {
    private static final LocalDate APRIL_2021 = LocalDate.of(2021, 4, 1);
    private final RecordingListener listener = new RecordingListener();
    private NetworkRuntime runtime;
    private Governance governance;

    @BeforeEach
    void start() {
        runtime = NetworkRuntime.builder().listener(listener).build();
        runtime.networks().register(TestData.graph());
        governance = runtime.governance();
        listener.clear();
    }

    @AfterEach
    void stop() {
        runtime.close();
    }

    @Test
    void appointsASeatAndTellsListeners() {
        BoardSeat seat =
                governance.appoint(TestData.NETWORK, TestData.HOST, Optional.empty(), Period.from(APRIL_2021), false);

        assertThat(governance.boardOn(TestData.NETWORK, APRIL_2021).seats())
                .hasSize(2)
                .contains(seat);
        assertThat(governance.boardOn(TestData.NETWORK, APRIL_2021.minusDays(1)).seats())
                .hasSize(1);
        assertThat(listener.events(ChangeEvent.BoardChanged.class)).hasSize(1);
    }

    @Test
    void refusesASecondChairAndStoresNothing() {
        assertThatThrownBy(() -> governance.appoint(
                        TestData.NETWORK, TestData.HOST, Optional.empty(), Period.from(APRIL_2021), true))
                .isInstanceOfSatisfying(NetworkValidationException.class, e -> assertThat(e.violations())
                        .containsExactly(new Violation(
                                "seats[1].chair",
                                "OneChairAtATime",
                                "must not make a second chair while another seat chairs the board")));
        Board stored = runtime.directory().board(TestData.NETWORK);
        assertThat(stored).isEqualTo(TestData.board());
        assertThat(listener.events()).isEmpty();
    }

    @Test
    void refusesUnknownOrganizationsAndSeats() {
        assertThatThrownBy(() -> governance.appoint(
                        TestData.NETWORK,
                        OrganizationId.of("nobody"),
                        Optional.empty(),
                        Period.from(APRIL_2021),
                        false))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> governance.endSeat(TestData.NETWORK, BoardSeatId.of("nope"), APRIL_2021))
                .isInstanceOf(NotFoundException.class)
                .hasMessageContaining("board seat");
    }

    @Test
    void endsASeat() {
        BoardSeat ended = governance.endSeat(TestData.NETWORK, BoardSeatId.of("seat1"), APRIL_2021);

        assertThat(ended.term().end()).contains(APRIL_2021);
        assertThat(governance.boardOn(TestData.NETWORK, APRIL_2021.plusDays(1)).seats())
                .isEmpty();
        assertThatThrownBy(
                        () -> governance.endSeat(TestData.NETWORK, BoardSeatId.of("seat1"), LocalDate.of(2000, 1, 1)))
                .isInstanceOf(NetworkValidationException.class)
                .hasMessageContaining("seats[0].term.end: must not be before the start");
    }

    @Test
    void handsTheChairOverKeepingOneChairOnEveryDay() {
        BoardSeat other = governance.appoint(
                TestData.NETWORK,
                TestData.HOST,
                Optional.empty(),
                Period.of(APRIL_2021.minusYears(1), APRIL_2021.plusYears(1)),
                false);
        LocalDate handover = APRIL_2021;

        Board board = governance.changeChair(TestData.NETWORK, other.id(), handover);

        assertThat(board.chairOn(handover.minusDays(1)).orElseThrow().organization())
                .isEqualTo(TestData.MEMBER);
        assertThat(board.chairOn(handover).orElseThrow().organization()).isEqualTo(TestData.HOST);
        assertThat(board.seatsOn(handover)).hasSize(2);
        assertThat(board.chairOn(handover.plusYears(1)).orElseThrow().term().end())
                .contains(APRIL_2021.plusYears(1));
        assertThat(runtime.validator().validate(board)).isEmpty();
        assertThatThrownBy(() -> governance.changeChair(TestData.NETWORK, other.id(), APRIL_2021.plusYears(5)))
                .isInstanceOf(NetworkValidationException.class)
                .hasMessageContaining("must be a day of the new chair's term");
    }

    @Test
    void hostsTheSecretariat() {
        Secretariat secretariat = new Secretariat(
                LocalizedText.en("New secretariat"), TestData.MEMBER, List.of(), Optional.of(Period.from(APRIL_2021)));

        governance.hostSecretariat(TestData.NETWORK, secretariat);

        Optional<Secretariat> stored = runtime.directory().secretariat(TestData.NETWORK);
        assertThat(stored).contains(secretariat);
        assertThat(listener.events()).containsExactly(new ChangeEvent.SecretariatHosted(TestData.NETWORK, secretariat));
        assertThatThrownBy(() -> governance.hostSecretariat(
                        TestData.NETWORK,
                        new Secretariat(
                                LocalizedText.en("x"), OrganizationId.of("nobody"), List.of(), Optional.empty())))
                .isInstanceOf(NotFoundException.class);
    }
}
