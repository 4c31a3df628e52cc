package org.chemnet.network.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import org.chemnet.network.ConcurrentUpdateException;
import org.chemnet.network.NotFoundException;
import org.chemnet.network.TestData;
import org.chemnet.network.common.LocalizedText;
import org.chemnet.network.organization.Organization;
import org.chemnet.network.organization.OrganizationId;
import org.chemnet.network.organization.Person;
import org.chemnet.network.organization.PersonId;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@link OrganizationPort}: organizations and persons stored at version 1, replaced only with the
 * version read, and saved in bulk for imports.
 *
 * @since 0.2.0
 */
public abstract class OrganizationPortContract extends StoreContract {
    private static final PersonId READER = PersonId.of("reader");

    /** Creates the suite. */
    protected OrganizationPortContract() {}

    private static Organization renamedMember() {
        return TestData.member().toBuilder().name(LocalizedText.en("Renamed")).build();
    }

    private static Person reader() {
        return new Person(
                READER, "Reader", Optional.of("Editor"), Optional.of("reader@example.org"), Optional.of("ja"));
    }

    @Test
    void findsNothingInAnEmptyStore() {
        assertThat(found(tx -> tx.organizations().find(TestData.MEMBER))).isEmpty();
        assertThat(found(tx -> tx.organizations().organization(TestData.MEMBER)))
                .isEmpty();
        assertThat(found(tx -> tx.organizations().find(READER))).isEmpty();
        assertThat(found(tx -> tx.organizations().person(READER))).isEmpty();
    }

    @Test
    void insertsAnOrganizationAtVersionOne() {
        write(tx -> tx.organizations().insert(TestData.member()));

        assertThat(found(tx -> tx.organizations().find(TestData.MEMBER)))
                .contains(new Versioned<>(TestData.member(), 1));
        assertThat(found(tx -> tx.organizations().organization(TestData.MEMBER)))
                .contains(TestData.member());
        assertThat(found(tx -> tx.organizations().find(TestData.HOST))).isEmpty();
    }

    @Test
    void updateOfAnOrganizationWithTheVersionReadStoresItAtTheNextVersion() {
        write(tx -> tx.organizations().insert(TestData.member()));

        long version = store.inTransaction(tx -> tx.organizations().update(renamedMember(), 1));

        assertThat(version).isEqualTo(2);
        assertThat(found(tx -> tx.organizations().find(TestData.MEMBER))).contains(new Versioned<>(renamedMember(), 2));
    }

    @Test
    void updateOfAnOrganizationWithAStaleVersionIsRefusedAndTheTransactionStoresNothing() {
        write(tx -> tx.organizations().insert(TestData.member()));
        write(tx -> tx.organizations().update(renamedMember(), 1));

        assertThatThrownBy(() -> write(tx -> {
                    tx.organizations().insert(TestData.host());
                    tx.organizations().update(TestData.member(), 1);
                }))
                .isInstanceOf(ConcurrentUpdateException.class);

        assertThat(found(tx -> tx.organizations().find(TestData.MEMBER))).contains(new Versioned<>(renamedMember(), 2));
        assertThat(found(tx -> tx.organizations().find(TestData.HOST))).isEmpty();
    }

    @Test
    void updateOfAnAbsentOrganizationThrowsNotFound() {
        assertThatThrownBy(() -> write(tx -> tx.organizations().update(TestData.member(), 1)))
                .isInstanceOf(NotFoundException.class);

        assertThat(found(tx -> tx.organizations().find(TestData.MEMBER))).isEmpty();
    }

    @Test
    void insertOfAStoredOrganizationIsRefusedAndKeepsTheStoredOne() {
        write(tx -> tx.organizations().insert(TestData.member()));

        assertThatThrownBy(() -> write(tx -> tx.organizations().insert(renamedMember())))
                .isInstanceOf(ConcurrentUpdateException.class);

        assertThat(found(tx -> tx.organizations().find(TestData.MEMBER)))
                .contains(new Versioned<>(TestData.member(), 1));
    }

    @Test
    void insertsAPersonAtVersionOne() {
        write(tx -> tx.organizations().insert(reader()));

        assertThat(found(tx -> tx.organizations().find(READER))).contains(new Versioned<>(reader(), 1));
        assertThat(found(tx -> tx.organizations().person(READER))).contains(reader());
        assertThat(found(tx -> tx.organizations().find(TestData.CHAIR_PERSON))).isEmpty();
    }

    @Test
    void updateOfAPersonWithTheVersionReadStoresThemAtTheNextVersion() {
        write(tx -> tx.organizations().insert(reader()));

        long version = store.inTransaction(tx -> tx.organizations().update(reader().erased(), 1));

        assertThat(version).isEqualTo(2);
        Versioned<Person> stored = read(tx -> tx.organizations().find(READER)).orElseThrow();
        assertThat(stored).isEqualTo(new Versioned<>(reader().erased(), 2));
        assertThat(stored.value().isErased()).isTrue();
    }

    @Test
    void updateOfAPersonWithAStaleVersionIsRefusedAndTheTransactionStoresNothing() {
        write(tx -> tx.organizations().insert(reader()));
        write(tx -> tx.organizations().update(reader().erased(), 1));
        Person other = Person.of(PersonId.of("other"), "Other");

        assertThatThrownBy(() -> write(tx -> {
                    tx.organizations().insert(other);
                    tx.organizations().update(reader(), 1);
                }))
                .isInstanceOf(ConcurrentUpdateException.class);

        assertThat(found(tx -> tx.organizations().find(READER))).contains(new Versioned<>(reader().erased(), 2));
        assertThat(found(tx -> tx.organizations().find(other.id()))).isEmpty();
    }

    @Test
    void updateOfAnAbsentPersonThrowsNotFound() {
        assertThatThrownBy(() -> write(tx -> tx.organizations().update(reader(), 1)))
                .isInstanceOf(NotFoundException.class);

        assertThat(found(tx -> tx.organizations().find(READER))).isEmpty();
    }

    @Test
    void insertOfAStoredPersonIsRefusedAndKeepsTheStoredOne() {
        write(tx -> tx.organizations().insert(reader()));

        assertThatThrownBy(() -> write(tx -> tx.organizations().insert(Person.of(READER, "Someone else"))))
                .isInstanceOf(ConcurrentUpdateException.class);

        assertThat(found(tx -> tx.organizations().find(READER))).contains(new Versioned<>(reader(), 1));
    }

    @Test
    void saveOrganizationsInsertsNewOnesAtVersionOneAndReplacesStoredOnesAtTheNextVersion() {
        write(tx -> tx.organizations().insert(TestData.member()));
        write(tx -> tx.organizations().update(TestData.member(), 1));

        write(tx -> tx.organizations().saveOrganizations(List.of(renamedMember(), TestData.host())));

        assertThat(found(tx -> tx.organizations().find(TestData.MEMBER))).contains(new Versioned<>(renamedMember(), 3));
        assertThat(found(tx -> tx.organizations().find(TestData.HOST))).contains(new Versioned<>(TestData.host(), 1));
    }

    @Test
    void savePersonsInsertsNewOnesAtVersionOneAndReplacesStoredOnesAtTheNextVersion() {
        write(tx -> tx.organizations().insert(reader()));
        Person chair = Person.of(TestData.CHAIR_PERSON, "Hanako Yamada");

        write(tx -> tx.organizations().savePersons(List.of(reader().erased(), chair)));

        assertThat(found(tx -> tx.organizations().find(READER))).contains(new Versioned<>(reader().erased(), 2));
        assertThat(found(tx -> tx.organizations().find(TestData.CHAIR_PERSON))).contains(new Versioned<>(chair, 1));
    }

    @Test
    void keepsOrganizationsAndPersonsApartByIdentifier() {
        Organization second = organization("second");
        write(tx -> {
            tx.organizations().insert(TestData.member());
            tx.organizations().insert(second);
            tx.organizations().insert(reader());
        });

        write(tx -> tx.organizations().update(renamedMember(), 1));

        assertThat(found(tx -> tx.organizations().find(second.id()))).contains(new Versioned<>(second, 1));
        assertThat(found(tx -> tx.organizations().find(OrganizationId.of("reader"))))
                .isEmpty();
        assertThat(found(tx -> tx.organizations().find(PersonId.of("member")))).isEmpty();
    }
}
