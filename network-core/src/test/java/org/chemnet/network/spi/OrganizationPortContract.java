package org.chemnet.network.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.chemnet.network.TestData;
import org.chemnet.network.common.LocalizedText;
import org.chemnet.network.kernel.ConcurrentUpdateException;
import org.chemnet.network.kernel.NotFoundException;
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
    void findsManyOrganizationsAndPersonsAtOnceWithTheirVersions() {
        write(tx -> {
            tx.organizations().insert(TestData.member());
            tx.organizations().update(renamedMember(), 1);
            tx.organizations().insert(TestData.host());
            tx.organizations().insert(reader());
        });
        List<OrganizationId> ids = new java.util.ArrayList<>();
        ids.add(TestData.MEMBER);
        ids.add(TestData.HOST);
        for (int i = 0; i < 1_200; i++) {
            ids.add(OrganizationId.of("absent-" + i));
        }

        Map<OrganizationId, Versioned<Organization>> organizations =
                read(tx -> tx.organizations().findOrganizations(ids));
        Map<PersonId, Versioned<Person>> persons =
                read(tx -> tx.organizations().findPersons(List.of(READER, TestData.CHAIR_PERSON)));

        assertThat(organizations)
                .containsOnly(
                        Map.entry(TestData.MEMBER, new Versioned<>(renamedMember(), 2)),
                        Map.entry(TestData.HOST, new Versioned<>(TestData.host(), 1)));
        assertThat(persons).containsOnly(Map.entry(READER, new Versioned<>(reader(), 1)));
    }

    @Test
    void insertsManyNewOrganizationsAndPersonsAtVersionOne() {
        Person chair = Person.of(TestData.CHAIR_PERSON, "Hanako Yamada");
        List<Organization> many = new java.util.ArrayList<>();
        for (int i = 0; i < 2_500; i++) {
            many.add(organization("bulk-" + i));
        }

        write(tx -> {
            tx.organizations().insertOrganizations(many);
            tx.organizations().insertPersons(List.of(reader(), chair));
        });

        assertThat(found(tx -> tx.organizations().find(OrganizationId.of("bulk-2499"))))
                .contains(new Versioned<>(organization("bulk-2499"), 1));
        assertThat(found(tx -> tx.organizations().find(TestData.CHAIR_PERSON))).contains(new Versioned<>(chair, 1));
    }

    @Test
    void refusesToInsertManyWhenOneIsStoredAndStoresNoneOfThem() {
        write(tx -> tx.organizations().insert(TestData.member()));

        assertThatThrownBy(() ->
                        write(tx -> tx.organizations().insertOrganizations(List.of(TestData.host(), renamedMember()))))
                .isInstanceOf(ConcurrentUpdateException.class);

        assertThat(found(tx -> tx.organizations().find(TestData.MEMBER)))
                .contains(new Versioned<>(TestData.member(), 1));
        assertThat(found(tx -> tx.organizations().find(TestData.HOST))).isEmpty();
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

    // ---------------------------------------------------------------- pages and search (0.3.0)

    /** 2,500 organizations {@code page-0000} to {@code page-2499}, with one name they share and one of their own. */
    private static List<Organization> pageOrganizations() {
        List<Organization> many = new java.util.ArrayList<>();
        for (int i = 0; i < 2_500; i++) {
            many.add(Organization.builder(
                            OrganizationId.of(String.format(java.util.Locale.ROOT, "page-%04d", i)),
                            LocalizedText.en("Paged Organization " + i),
                            org.chemnet.network.organization.OrganizationType.NGO)
                    .build());
        }
        return many;
    }

    /** Reads pages of a thousand through a list until one is short, and gives every page's identifiers. */
    private <T> List<List<String>> pagesOf(
            java.util.function.BiFunction<StoreTransaction, Optional<String>, List<T>> page,
            java.util.function.Function<T, String> id) {
        List<List<String>> pages = new java.util.ArrayList<>();
        Optional<String> after = Optional.empty();
        while (true) {
            Optional<String> from = after;
            List<T> rows = read(tx -> page.apply(tx, from));
            pages.add(rows.stream().map(id).toList());
            if (rows.size() < 1_000) {
                return pages;
            }
            after = Optional.of(id.apply(rows.get(rows.size() - 1)));
        }
    }

    private static List<String> ids(List<Organization> organizations) {
        return organizations.stream().map(o -> o.id().value()).toList();
    }

    @Test
    void pagesOfAThousandGiveEachOfTwoAndAHalfThousandOrganizationsOnceInOrderOfIdentifier() {
        List<Organization> many = pageOrganizations();
        write(tx -> tx.organizations().insertOrganizations(many));

        List<List<String>> pages = pagesOf(
                (tx, after) -> tx.organizations().organizationsAfter(after.map(OrganizationId::of), 1_000),
                o -> o.id().value());

        assertThat(pages).extracting(List::size).containsExactly(1_000, 1_000, 500);
        assertThat(pages.stream().flatMap(List::stream).toList()).isEqualTo(ids(many));
        List<Organization> firstTwo = read(tx -> tx.organizations().organizationsAfter(Optional.empty(), 2));
        assertThat(firstTwo).containsExactly(many.get(0), many.get(1));
        List<Organization> afterLast = read(tx -> tx.organizations()
                .organizationsAfter(Optional.of(many.get(2_499).id()), 10));
        assertThat(afterLast).isEmpty();
    }

    @Test
    void aPageStartsAfterItsKeyWhetherOrNotThatKeyIsStored() {
        write(tx -> tx.organizations().insertOrganizations(pageOrganizations().subList(0, 10)));

        List<Organization> page =
                read(tx -> tx.organizations().organizationsAfter(Optional.of(OrganizationId.of("page-0004a")), 3));

        assertThat(ids(page)).containsExactly("page-0005", "page-0006", "page-0007");
    }

    @Test
    void pagesOfAThousandGiveEachOfTwoAndAHalfThousandPersonsOnceInOrderOfIdentifier() {
        List<Person> many = new java.util.ArrayList<>();
        for (int i = 0; i < 2_500; i++) {
            many.add(Person.of(PersonId.of(String.format(java.util.Locale.ROOT, "person-%04d", i)), "Person " + i));
        }
        write(tx -> tx.organizations().insertPersons(many));

        List<List<String>> pages = pagesOf(
                (tx, after) -> tx.organizations().personsAfter(after.map(PersonId::of), 1_000), p -> p.id().value());

        assertThat(pages).extracting(List::size).containsExactly(1_000, 1_000, 500);
        assertThat(pages.stream().flatMap(List::stream).toList())
                .isEqualTo(many.stream().map(p -> p.id().value()).toList());
    }

    @Test
    void searchPagesThroughTwoAndAHalfThousandMatchesInOrderOfIdentifier() {
        List<Organization> many = pageOrganizations();
        write(tx -> {
            tx.organizations().insertOrganizations(many);
            tx.organizations().insert(TestData.member());
        });

        List<List<String>> pages = pagesOf(
                (tx, after) -> tx.organizations().search("paged organization", after.map(OrganizationId::of), 1_000),
                o -> o.id().value());

        assertThat(pages).extracting(List::size).containsExactly(1_000, 1_000, 500);
        assertThat(pages.stream().flatMap(List::stream).toList()).isEqualTo(ids(many));
        List<Organization> ones = read(tx -> tx.organizations().search("Organization 1", Optional.empty(), 1_200));
        assertThat(ones).hasSize(1 + 10 + 100 + 1_000);
    }

    /** The organizations of the search cases, each found by one kind of query. */
    private static List<Organization> searchable() {
        var ngo = org.chemnet.network.organization.OrganizationType.NGO;
        var enterprise = org.chemnet.network.organization.OrganizationType.ENTERPRISE;
        return List.of(
                Organization.builder(
                                OrganizationId.of("s-shiken"),
                                LocalizedText.jaEn("試験化学株式会社", "Shiken Chemical Co., Ltd."),
                                enterprise)
                        .build(),
                Organization.builder(OrganizationId.of("s-abc"), LocalizedText.en("ABC Industries"), enterprise)
                        .build(),
                Organization.builder(OrganizationId.of("s-wide"), LocalizedText.en("ＸＹＺ　Ｌａｂｏｒａｔｏｒｙ"), ngo)
                        .build(),
                Organization.builder(
                                OrganizationId.of("s-societe"),
                                new LocalizedText(Map.of("fr", "Société Française de Chimie", "en", "French Society")),
                                ngo)
                        .build(),
                Organization.builder(OrganizationId.of("s-gas"), LocalizedText.of("ja", "日本ガス協会"), ngo)
                        .build(),
                Organization.builder(OrganizationId.of("s-kasu"), LocalizedText.of("ja", "カス工業"), enterprise)
                        .build(),
                Organization.builder(OrganizationId.of("s-katakana"), LocalizedText.of("ja", "ｶﾀｶﾅ商事"), enterprise)
                        .build(),
                Organization.builder(OrganizationId.of("s-greek"), LocalizedText.of("el", "Ελληνική Χημική Ένωση"), ngo)
                        .build(),
                Organization.builder(OrganizationId.of("s-russian"), LocalizedText.of("ru", "Объединённая химия"), ngo)
                        .build(),
                Organization.builder(OrganizationId.of("s-former"), LocalizedText.en("Green Future"), ngo)
                        .otherNames("Kankyo Mirai Kyokai", "環境未来協会")
                        .acronym("GFN")
                        .build(),
                Organization.builder(OrganizationId.of("s-percent"), LocalizedText.en("100% Green_Energy!"), ngo)
                        .build());
    }

    private List<String> searched(String text) {
        return ids(read(tx -> tx.organizations().search(text, Optional.empty(), 100)));
    }

    @Test
    void searchFindsJapaneseBySubstringInAnyLanguageOfTheName() {
        write(tx -> tx.organizations().insertOrganizations(searchable()));

        assertThat(searched("化学")).containsExactly("s-shiken");
        assertThat(searched("試験化学株式会社")).containsExactly("s-shiken");
        assertThat(searched("shiken chem")).containsExactly("s-shiken");
        assertThat(searched("環境未来")).containsExactly("s-former");
    }

    @Test
    void searchIgnoresCaseWidthAndRunsOfSpace() {
        write(tx -> tx.organizations().insertOrganizations(searchable()));

        assertThat(searched("SHIKEN  chemical")).containsExactly("s-shiken");
        assertThat(searched("ＡＢＣ")).containsExactly("s-abc");
        assertThat(searched("abc ind")).containsExactly("s-abc");
        assertThat(searched("xyz laboratory")).containsExactly("s-wide");
        assertThat(searched("ＸＹＺ Ｌａｂ")).containsExactly("s-wide");
        assertThat(searched("カタカナ")).containsExactly("s-katakana");
        assertThat(searched("ｶﾀｶﾅ")).containsExactly("s-katakana");
    }

    @Test
    void searchIgnoresAccentsOnLatinGreekAndCyrillicLettersButKeepsJapaneseVoicingMarks() {
        write(tx -> tx.organizations().insertOrganizations(searchable()));

        assertThat(searched("societe francaise")).containsExactly("s-societe");
        assertThat(searched("SOCIÉTÉ")).containsExactly("s-societe");
        assertThat(searched("ελληνικη χημικη ενωση")).containsExactly("s-greek");
        assertThat(searched("ΕΛΛΗΝΙΚΉ")).containsExactly("s-greek");
        assertThat(searched("объединенная")).containsExactly("s-russian");
        assertThat(searched("ガス")).containsExactly("s-gas");
        assertThat(searched("ｶﾞｽ")).containsExactly("s-gas");
        assertThat(searched("カス")).containsExactly("s-kasu");
    }

    @Test
    void searchFindsOtherNamesAndTheAcronymButNeverAcrossTwoNames() {
        write(tx -> tx.organizations().insertOrganizations(searchable()));

        assertThat(searched("mirai kyokai")).containsExactly("s-former");
        assertThat(searched("gfn")).containsExactly("s-former");
        assertThat(searched("green")).containsExactly("s-former", "s-percent");
        assertThat(searched("future kankyo")).isEmpty();
        assertThat(searched("future gfn")).isEmpty();
    }

    @Test
    void searchTakesWildcardsOfSqlAsPlainText() {
        write(tx -> tx.organizations().insertOrganizations(searchable()));

        assertThat(searched("%")).containsExactly("s-percent");
        assertThat(searched("0% g")).containsExactly("s-percent");
        assertThat(searched("_")).containsExactly("s-percent");
        assertThat(searched("!")).containsExactly("s-percent");
        assertThat(searched("n_e")).containsExactly("s-percent");
        assertThat(searched("n%e")).isEmpty();
    }

    @Test
    void searchFindsAnOrganizationByTheNameItWasLastStoredWith() {
        write(tx -> {
            tx.organizations().insert(TestData.member());
            tx.organizations().insert(organization("other"));
        });
        String before = TestData.member().name().toString();
        write(tx -> tx.organizations().update(renamedMember(), 1));

        assertThat(searched("renamed")).containsExactly(TestData.MEMBER.value());
        assertThat(searched(before)).isEmpty();
        List<Organization> afterMember =
                read(tx -> tx.organizations().search("organization", Optional.of(TestData.MEMBER), 10));
        assertThat(ids(afterMember)).containsExactly("other");
    }
}
