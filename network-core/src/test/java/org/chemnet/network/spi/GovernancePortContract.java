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
import org.chemnet.network.common.LocalizedText;
import org.chemnet.network.common.Period;
import org.chemnet.network.governance.Board;
import org.chemnet.network.governance.BoardSeat;
import org.chemnet.network.governance.BoardSeatId;
import org.chemnet.network.governance.Secretariat;
import org.chemnet.network.kernel.ConcurrentUpdateException;
import org.chemnet.network.kernel.NetworkId;
import org.chemnet.network.kernel.NotFoundException;
import org.chemnet.network.organization.OrganizationId;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@link GovernancePort}: board seats as rows of their own, each at version 1 and kept in the order
 * they were stored; the board's version, advanced only with the version read; and the versioned secretariat. Its
 * races: sixteen seats inserted at once over two nodes, all stored; sixteen advances of one board version, one wins.
 *
 * @since 0.2.0
 */
public abstract class GovernancePortContract extends StoreContract {
    private static final NetworkId OTHER = NetworkId.of("other");
    private static final BoardSeatId SEAT1 = BoardSeatId.of("seat1");

    /** Creates the suite. */
    protected GovernancePortContract() {}

    private static BoardSeat seat(String id, OrganizationId organization, boolean chair) {
        return new BoardSeat(
                BoardSeatId.of(id), organization, Optional.empty(), Period.from(LocalDate.of(2021, 4, 1)), chair);
    }

    private static Secretariat secretariat(String name, OrganizationId host) {
        return new Secretariat(
                LocalizedText.en(name),
                host,
                List.of(LocalizedText.en("Keeps the register")),
                Optional.of(Period.from(LocalDate.of(2021, 1, 1))));
    }

    private BoardSeat importedSeat() {
        return TestData.board().seats().get(0);
    }

    private void insertOtherNetwork() {
        write(tx -> tx.networks().insert(network(OTHER)));
    }

    @Test
    void findsNothingForANetworkWithNoGovernanceStored() {
        write(tx -> tx.networks().insert(TestData.network()));

        assertThat(board(TestData.NETWORK)).isEqualTo(Board.empty());
        assertThat(counted(tx -> tx.governance().boardVersion(TestData.NETWORK)))
                .isZero();
        assertThat(found(tx -> tx.governance().seat(TestData.NETWORK, SEAT1))).isEmpty();
        assertThat(found(tx -> tx.governance().secretariat(TestData.NETWORK))).isEmpty();
    }

    @Test
    void findsNothingForAnAbsentNetwork() {
        assertThat(board(TestData.NETWORK)).isEqualTo(Board.empty());
        assertThat(counted(tx -> tx.governance().boardVersion(TestData.NETWORK)))
                .isZero();
        assertThat(found(tx -> tx.governance().secretariat(TestData.NETWORK))).isEmpty();
    }

    @Test
    void insertBoardStoresItsNameAndEverySeatInOrderAtVersionOne() {
        BoardSeat zulu = seat("zulu", TestData.MEMBER, true);
        BoardSeat alpha = seat("alpha", TestData.HOST, false);
        Board board = new Board(LocalizedText.jaEn("理事会", "Board of Directors"), List.of(zulu, alpha));
        write(tx -> {
            tx.networks().insert(TestData.network());
            tx.organizations().insert(TestData.host());
            tx.organizations().insert(TestData.member());
            tx.governance().insertBoard(TestData.NETWORK, board);
        });

        assertThat(board(TestData.NETWORK)).isEqualTo(board);
        assertThat(found(tx -> tx.governance().seat(TestData.NETWORK, zulu.id())))
                .contains(new Versioned<>(zulu, 1));
        assertThat(found(tx -> tx.governance().seat(TestData.NETWORK, alpha.id())))
                .contains(new Versioned<>(alpha, 1));
    }

    @Test
    void insertBoardWithAStoredSeatIsRefusedAndStoresNothing() {
        importTestGraph();
        insertOtherNetwork();
        Board board = new Board(
                LocalizedText.en("Other board"), List.of(seat("fresh", TestData.HOST, false), importedSeat()));

        assertThatThrownBy(() -> write(tx -> tx.governance().insertBoard(OTHER, board)))
                .isInstanceOf(NetworkStorageException.class);

        assertThat(board(OTHER)).isEqualTo(Board.empty());
        assertThat(board(TestData.NETWORK)).isEqualTo(TestData.board());
    }

    @Test
    void insertSeatAppendsAfterTheStoredSeatsAtVersionOne() {
        importTestGraph();
        BoardSeat alpha = seat("alpha", TestData.HOST, false);
        BoardSeat zero = seat("0", TestData.MEMBER, false);

        write(tx -> tx.governance().insertSeat(TestData.NETWORK, alpha));
        write(tx -> tx.governance().insertSeat(TestData.NETWORK, zero));

        Board board = board(TestData.NETWORK);
        assertThat(board.name()).isEqualTo(TestData.board().name());
        assertThat(board.seats()).containsExactly(importedSeat(), alpha, zero);
        assertThat(found(tx -> tx.governance().seat(TestData.NETWORK, alpha.id())))
                .contains(new Versioned<>(alpha, 1));
    }

    @Test
    void insertSeatOfAStoredSeatIsRefusedAndTheTransactionStoresNothing() {
        importTestGraph();
        BoardSeat alpha = seat("alpha", TestData.HOST, false);
        BoardSeat again =
                new BoardSeat(SEAT1, TestData.HOST, Optional.empty(), Period.from(LocalDate.of(2022, 1, 1)), false);

        assertThatThrownBy(() -> write(tx -> {
                    tx.governance().insertSeat(TestData.NETWORK, alpha);
                    tx.governance().insertSeat(TestData.NETWORK, again);
                }))
                .isInstanceOf(ConcurrentUpdateException.class);

        assertThat(board(TestData.NETWORK)).isEqualTo(TestData.board());
        assertThat(found(tx -> tx.governance().seat(TestData.NETWORK, SEAT1)))
                .contains(new Versioned<>(importedSeat(), 1));
    }

    @Test
    void aBoardWithSeatsButNoBoardOfItsOwnKeepsThemUnderTheDefaultName() {
        BoardSeat chair = seat("chair", TestData.MEMBER, true);
        BoardSeat member = seat("member", TestData.HOST, false);
        write(tx -> {
            tx.networks().insert(TestData.network());
            tx.organizations().insert(TestData.host());
            tx.organizations().insert(TestData.member());
            tx.governance().insertSeat(TestData.NETWORK, chair);
            tx.governance().insertSeat(TestData.NETWORK, member);
        });

        assertThat(board(TestData.NETWORK)).isEqualTo(new Board(Board.empty().name(), List.of(chair, member)));
    }

    @Test
    void keepsTheSeatsOfEachNetworkApart() {
        importTestGraph();
        insertOtherNetwork();
        BoardSeat elsewhere = seat("elsewhere", TestData.HOST, true);

        write(tx -> tx.governance().insertSeat(OTHER, elsewhere));

        assertThat(board(OTHER).seats()).containsExactly(elsewhere);
        assertThat(board(TestData.NETWORK)).isEqualTo(TestData.board());
        assertThat(found(tx -> tx.governance().seat(OTHER, SEAT1))).isEmpty();
        assertThat(found(tx -> tx.governance().seat(TestData.NETWORK, elsewhere.id())))
                .isEmpty();
    }

    @Test
    void updateSeatWithTheVersionReadStoresItAtTheNextVersionInItsPlace() {
        importTestGraph();
        BoardSeat alpha = seat("alpha", TestData.HOST, false);
        write(tx -> tx.governance().insertSeat(TestData.NETWORK, alpha));
        BoardSeat ended = importedSeat().endingOn(LocalDate.of(2021, 3, 31));

        long version = store.inTransaction(tx -> tx.governance().updateSeat(TestData.NETWORK, ended, 1));

        assertThat(version).isEqualTo(2);
        assertThat(found(tx -> tx.governance().seat(TestData.NETWORK, SEAT1))).contains(new Versioned<>(ended, 2));
        assertThat(board(TestData.NETWORK).seats()).containsExactly(ended, alpha);
        BoardSeat represented =
                new BoardSeat(alpha.id(), alpha.organization(), Optional.of(TestData.CHAIR_PERSON), alpha.term(), true);
        assertThat(writeLong(tx -> tx.governance().updateSeat(TestData.NETWORK, represented, 1)))
                .isEqualTo(2);
        assertThat(board(TestData.NETWORK).seats()).containsExactly(ended, represented);
    }

    @Test
    void updateSeatWithAStaleVersionIsRefusedAndTheTransactionStoresNothing() {
        importTestGraph();
        BoardSeat ended = importedSeat().endingOn(LocalDate.of(2021, 3, 31));
        write(tx -> tx.governance().updateSeat(TestData.NETWORK, ended, 1));
        BoardSeat alpha = seat("alpha", TestData.HOST, false);

        assertThatThrownBy(() -> write(tx -> {
                    tx.governance().insertSeat(TestData.NETWORK, alpha);
                    tx.governance().updateSeat(TestData.NETWORK, importedSeat().endingOn(LocalDate.of(2022, 3, 31)), 1);
                }))
                .isInstanceOf(ConcurrentUpdateException.class);

        assertThat(found(tx -> tx.governance().seat(TestData.NETWORK, SEAT1))).contains(new Versioned<>(ended, 2));
        assertThat(found(tx -> tx.governance().seat(TestData.NETWORK, alpha.id())))
                .isEmpty();
    }

    @Test
    void updateOfAnAbsentSeatThrowsNotFound() {
        importTestGraph();

        assertThatThrownBy(() -> write(
                        tx -> tx.governance().updateSeat(TestData.NETWORK, seat("absent", TestData.HOST, false), 1)))
                .isInstanceOf(NotFoundException.class);

        assertThat(board(TestData.NETWORK)).isEqualTo(TestData.board());
    }

    @Test
    void updateOfASeatThroughAnotherNetworkThrowsNotFound() {
        importTestGraph();
        insertOtherNetwork();

        assertThatThrownBy(() -> write(
                        tx -> tx.governance().updateSeat(OTHER, importedSeat().endingOn(LocalDate.of(2021, 3, 31)), 1)))
                .isInstanceOf(NotFoundException.class);

        assertThat(found(tx -> tx.governance().seat(TestData.NETWORK, SEAT1)))
                .contains(new Versioned<>(importedSeat(), 1));
    }

    @Test
    void advanceBoardCountsFromZeroWithTheVersionRead() {
        importTestGraph();
        long before = read(tx -> tx.governance().boardVersion(TestData.NETWORK));

        assertThat(writeLong(tx -> tx.governance().advanceBoard(TestData.NETWORK, before)))
                .isEqualTo(before + 1);
        assertThat(writeLong(tx -> tx.governance().advanceBoard(TestData.NETWORK, before + 1)))
                .isEqualTo(before + 2);
        assertThat(counted(tx -> tx.governance().boardVersion(TestData.NETWORK)))
                .isEqualTo(before + 2);
    }

    @Test
    void advanceBoardOfABoardNeverStoredGoesFromZeroToOneToTwo() {
        write(tx -> tx.networks().insert(TestData.network()));

        assertThat(writeLong(tx -> tx.governance().advanceBoard(TestData.NETWORK, 0)))
                .isEqualTo(1);
        assertThat(counted(tx -> tx.governance().boardVersion(TestData.NETWORK)))
                .isEqualTo(1);
        assertThat(writeLong(tx -> tx.governance().advanceBoard(TestData.NETWORK, 1)))
                .isEqualTo(2);
        assertThat(counted(tx -> tx.governance().boardVersion(TestData.NETWORK)))
                .isEqualTo(2);
    }

    @Test
    void advanceBoardWithAStaleVersionIsRefusedAndTheTransactionStoresNothing() {
        write(tx -> tx.networks().insert(TestData.network()));
        write(tx -> tx.governance().advanceBoard(TestData.NETWORK, 0));
        write(tx -> tx.governance().advanceBoard(TestData.NETWORK, 1));

        assertThatThrownBy(() -> write(tx -> tx.governance().advanceBoard(TestData.NETWORK, 1)))
                .isInstanceOf(ConcurrentUpdateException.class);
        assertThatThrownBy(() -> write(tx -> tx.governance().advanceBoard(TestData.NETWORK, 0)))
                .isInstanceOf(ConcurrentUpdateException.class);
        assertThatThrownBy(() -> write(tx -> tx.governance().advanceBoard(TestData.NETWORK, 3)))
                .isInstanceOf(ConcurrentUpdateException.class);

        assertThat(counted(tx -> tx.governance().boardVersion(TestData.NETWORK)))
                .isEqualTo(2);
    }

    @Test
    void advanceBoardOfANeverAdvancedBoardWithAVersionAboveZeroIsRefused() {
        write(tx -> tx.networks().insert(TestData.network()));

        assertThatThrownBy(() -> write(tx -> tx.governance().advanceBoard(TestData.NETWORK, 1)))
                .isInstanceOf(ConcurrentUpdateException.class);

        assertThat(counted(tx -> tx.governance().boardVersion(TestData.NETWORK)))
                .isZero();
    }

    @Test
    void onlyAdvanceBoardChangesTheBoardVersion() {
        importTestGraph();
        long before = read(tx -> tx.governance().boardVersion(TestData.NETWORK));

        write(tx -> {
            tx.governance().insertSeat(TestData.NETWORK, seat("alpha", TestData.HOST, false));
            tx.governance().updateSeat(TestData.NETWORK, importedSeat().endingOn(LocalDate.of(2021, 3, 31)), 1);
        });
        assertThat(counted(tx -> tx.governance().boardVersion(TestData.NETWORK)))
                .isEqualTo(before);

        write(tx -> tx.governance().advanceBoard(TestData.NETWORK, before));
        assertThat(board(TestData.NETWORK).seats()).hasSize(2);
        assertThat(read(tx -> tx.governance().seat(TestData.NETWORK, SEAT1))
                        .orElseThrow()
                        .version())
                .isEqualTo(2);
    }

    @Test
    void saveSecretariatWithZeroWhenThereIsNoneStoresItAtVersionOne() {
        importTestGraph();
        insertOtherNetwork();
        Secretariat secretariat = secretariat("Secretariat", TestData.HOST);

        long version = store.inTransaction(tx -> tx.governance().saveSecretariat(OTHER, secretariat, 0));

        assertThat(version).isEqualTo(1);
        assertThat(found(tx -> tx.governance().secretariat(OTHER))).contains(new Versioned<>(secretariat, 1));
    }

    @Test
    void importedSecretariatIsAtVersionOne() {
        importTestGraph();

        assertThat(found(tx -> tx.governance().secretariat(TestData.NETWORK)))
                .contains(new Versioned<>(TestData.graph().secretariat().orElseThrow(), 1));
    }

    @Test
    void saveSecretariatWithTheVersionReadReplacesItAtTheNextVersion() {
        importTestGraph();
        Secretariat moved = secretariat("New secretariat", TestData.MEMBER);

        long version = store.inTransaction(tx -> tx.governance().saveSecretariat(TestData.NETWORK, moved, 1));

        assertThat(version).isEqualTo(2);
        assertThat(found(tx -> tx.governance().secretariat(TestData.NETWORK))).contains(new Versioned<>(moved, 2));
        assertThat(read(tx -> tx.governance().secretariat(TestData.NETWORK))
                        .orElseThrow()
                        .value()
                        .name()
                        .resolve(Locale.ENGLISH))
                .isEqualTo("New secretariat");
    }

    @Test
    void saveSecretariatWithAStaleVersionIsRefusedAndTheTransactionStoresNothing() {
        importTestGraph();
        Secretariat moved = secretariat("New secretariat", TestData.MEMBER);
        write(tx -> tx.governance().saveSecretariat(TestData.NETWORK, moved, 1));
        BoardSeat alpha = seat("alpha", TestData.HOST, false);

        assertThatThrownBy(() -> write(tx -> {
                    tx.governance().insertSeat(TestData.NETWORK, alpha);
                    tx.governance().saveSecretariat(TestData.NETWORK, secretariat("Stale", TestData.HOST), 1);
                }))
                .isInstanceOf(ConcurrentUpdateException.class);
        assertThatThrownBy(() -> write(tx ->
                        tx.governance().saveSecretariat(TestData.NETWORK, secretariat("As if new", TestData.HOST), 0)))
                .isInstanceOf(ConcurrentUpdateException.class);

        assertThat(found(tx -> tx.governance().secretariat(TestData.NETWORK))).contains(new Versioned<>(moved, 2));
        assertThat(found(tx -> tx.governance().seat(TestData.NETWORK, alpha.id())))
                .isEmpty();
    }

    @Test
    void saveSecretariatWithAVersionWhenThereIsNoneIsRefused() {
        importTestGraph();
        insertOtherNetwork();

        assertThatThrownBy(
                        () -> write(tx -> tx.governance().saveSecretariat(OTHER, secretariat("S", TestData.HOST), 1)))
                .isInstanceOf(ConcurrentUpdateException.class);

        assertThat(found(tx -> tx.governance().secretariat(OTHER))).isEmpty();
    }

    @Test
    void keepsFormerSecretariatsInTheOrderAddedAndEachNetworksApart() {
        importTestGraph();
        insertOtherNetwork();
        Secretariat oldest = new Secretariat(
                LocalizedText.en("First office"),
                TestData.HOST,
                List.of(),
                Optional.of(Period.of(LocalDate.of(2007, 1, 1), LocalDate.of(2015, 3, 31))));
        Secretariat next = new Secretariat(
                LocalizedText.en("Second office"),
                TestData.MEMBER,
                List.of(LocalizedText.en("Keeps the register")),
                Optional.of(Period.of(LocalDate.of(2015, 4, 1), LocalDate.of(2020, 12, 31))));

        write(tx -> tx.governance().insertFormerSecretariat(TestData.NETWORK, oldest));
        write(tx -> tx.governance().insertFormerSecretariat(TestData.NETWORK, next));

        assertThat(listed(tx -> tx.governance().formerSecretariats(TestData.NETWORK)))
                .containsExactly(oldest, next);
        assertThat(listed(tx -> tx.governance().formerSecretariats(OTHER))).isEmpty();
        assertThat(found(tx -> tx.governance().secretariat(TestData.NETWORK)))
                .as("the current secretariat is left as it is")
                .contains(new Versioned<>(TestData.graph().secretariat().orElseThrow(), 1));
    }

    @Test
    void aFormerSecretariatIsStoredOnlyWithTheSecretariatItsTransactionSaves() {
        importTestGraph();
        Secretariat current = TestData.graph().secretariat().orElseThrow();
        Secretariat former = new Secretariat(
                current.name(),
                current.host(),
                current.responsibilities(),
                Optional.of(Period.of(LocalDate.of(2007, 1, 1), LocalDate.of(2020, 12, 31))));

        assertThatThrownBy(() -> write(tx -> {
                    tx.governance().insertFormerSecretariat(TestData.NETWORK, former);
                    tx.governance().saveSecretariat(TestData.NETWORK, secretariat("Stale", TestData.MEMBER), 2);
                }))
                .isInstanceOf(ConcurrentUpdateException.class);

        assertThat(listed(tx -> tx.governance().formerSecretariats(TestData.NETWORK)))
                .isEmpty();
    }

    @Test
    void sixteenSeatsInsertedAtOnceOverTwoNodesAreAllStored() throws Exception {
        importTestGraph();
        NetworkStore second = secondNode();
        List<BoardSeat> seats = new ArrayList<>();
        List<Callable<Void>> inserts = new ArrayList<>();
        for (int i = 0; i < 16; i++) {
            BoardSeat seat = seat(
                    String.format(Locale.ROOT, "race-%02d", i), i % 2 == 0 ? TestData.HOST : TestData.MEMBER, false);
            seats.add(seat);
            NetworkStore node = node(i, second);
            inserts.add(() -> node.inTransaction(tx -> {
                tx.governance().insertSeat(TestData.NETWORK, seat);
                return null;
            }));
        }

        race(inserts);

        List<BoardSeat> stored = board(TestData.NETWORK).seats();
        assertThat(stored).hasSize(17).first().isEqualTo(importedSeat());
        assertThat(stored).containsAll(seats);
        for (BoardSeat seat : seats) {
            assertThat(found(tx -> tx.governance().seat(TestData.NETWORK, seat.id())))
                    .contains(new Versioned<>(seat, 1));
        }
    }

    @Test
    void sixteenAdvancesOfOneBoardVersionOverTwoNodesGiveExactlyOneWinner() throws Exception {
        write(tx -> tx.networks().insert(TestData.network()));
        NetworkStore second = secondNode();
        List<Callable<Boolean>> advances = new ArrayList<>();
        for (int i = 0; i < 16; i++) {
            NetworkStore node = node(i, second);
            advances.add(() -> {
                try {
                    node.inTransaction(tx -> tx.governance().advanceBoard(TestData.NETWORK, 0));
                    return true;
                } catch (ConcurrentUpdateException e) {
                    return false;
                }
            });
        }

        List<Boolean> won = race(advances);

        assertThat(won).containsOnlyOnce(true);
        assertThat(counted(tx -> tx.governance().boardVersion(TestData.NETWORK)))
                .isEqualTo(1);
    }
}
