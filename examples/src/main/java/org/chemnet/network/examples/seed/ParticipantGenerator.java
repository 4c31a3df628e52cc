package org.chemnet.network.examples.seed;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.chemnet.network.activity.ActivityId;
import org.chemnet.network.common.LocalizedText;
import org.chemnet.network.common.Period;
import org.chemnet.network.governance.Board;
import org.chemnet.network.governance.BoardSeat;
import org.chemnet.network.governance.BoardSeatId;
import org.chemnet.network.kernel.NetworkId;
import org.chemnet.network.membership.Membership;
import org.chemnet.network.membership.MembershipId;
import org.chemnet.network.membership.MembershipRole;
import org.chemnet.network.membership.MembershipStatus;
import org.chemnet.network.membership.StatusChange;
import org.chemnet.network.newsletter.Consent;
import org.chemnet.network.newsletter.Subscription;
import org.chemnet.network.newsletter.SubscriptionId;
import org.chemnet.network.newsletter.SubscriptionStatus;
import org.chemnet.network.organization.CheckDigits;
import org.chemnet.network.organization.ContactDetail;
import org.chemnet.network.organization.ContactType;
import org.chemnet.network.organization.EnterpriseSize;
import org.chemnet.network.organization.Identifier;
import org.chemnet.network.organization.Organization;
import org.chemnet.network.organization.OrganizationBuilder;
import org.chemnet.network.organization.OrganizationId;
import org.chemnet.network.organization.OrganizationType;
import org.chemnet.network.organization.Person;
import org.chemnet.network.organization.PersonId;
import org.chemnet.network.organization.StakeholderCommunity;
import org.chemnet.network.organization.SupplyChainPosition;

/**
 * Makes up plausible Japanese participating organizations, their contacts, memberships, a board and newsletter
 * subscribers, deterministically from a seed: the same seed gives equal values every time, on every machine.
 *
 * <p>Names are combinations of common place and trade words ("東海化学株式会社", "Tokai Chemical Co., Ltd."), so they
 * read naturally but name no real company; identifiers start with {@value Sources#GENERATED_PREFIX}, websites are under
 * the reserved {@code .example} domain and corporate numbers are random with a valid check digit.
 *
 * @since 0.1.0
 */
public final class ParticipantGenerator {
    private static final String[][] PLACES = {
        {"東海", "Tokai"}, {"関西", "Kansai"}, {"北陸", "Hokuriku"}, {"山陽", "Sanyo"}, {"信濃", "Shinano"},
        {"関東", "Kanto"}, {"中部", "Chubu"}, {"九州", "Kyushu"}, {"瀬戸内", "Setouchi"}, {"武蔵", "Musashi"},
        {"富士", "Fuji"}, {"旭", "Asahi"}, {"大和", "Yamato"}, {"光", "Hikari"}, {"緑", "Midori"},
        {"青葉", "Aoba"}, {"桜", "Sakura"}, {"港", "Minato"}, {"北海", "Hokkai"}, {"四国", "Shikoku"}
    };
    private static final String[][] TRADES = {
        {"化学", "Chemical"}, {"樹脂", "Resin"}, {"塗料", "Coatings"}, {"電子", "Electronics"}, {"材料", "Materials"},
        {"顔料", "Pigments"}, {"繊維", "Textiles"}, {"精密", "Precision"}, {"金属", "Metals"}, {"ゴム", "Rubber"},
        {"接着剤", "Adhesives"}, {"インキ", "Inks"}, {"包装", "Packaging"}, {"合成", "Synthetics"}, {"部品", "Parts"}
    };
    private static final String[] FAMILY_NAMES = {
        "Sato", "Suzuki", "Takahashi", "Tanaka", "Watanabe", "Ito", "Yamamoto", "Nakamura", "Kobayashi", "Kato"
    };
    private static final String[] GIVEN_NAMES = {
        "Hiroshi", "Yuki", "Akira", "Keiko", "Naoko", "Takeshi", "Yoko", "Kenji", "Emi", "Daisuke"
    };
    private static final List<SupplyChainPosition> STAGES =
            List.of(SupplyChainPosition.UPSTREAM, SupplyChainPosition.MIDSTREAM, SupplyChainPosition.DOWNSTREAM);
    private static final LocalDate FIRST_APPLICATION = LocalDate.of(2007, 4, 1);

    private final long seed;

    /**
     * Creates a generator.
     *
     * @param seed the seed; equal seeds give equal values
     */
    public ParticipantGenerator(long seed) {
        this.seed = seed;
    }

    /**
     * Generated organizations with their contacts and memberships.
     *
     * @param organizations the organizations, in identifier order
     * @param persons one contact person per organization, in the same order
     * @param memberships one membership per organization, in the same order
     */
    public record Population(List<Organization> organizations, List<Person> persons, List<Membership> memberships) {
        /**
         * Creates a population.
         *
         * @throws NullPointerException if a list is null
         */
        public Population {
            organizations = List.copyOf(organizations);
            persons = List.copyOf(persons);
            memberships = List.copyOf(memberships);
        }
    }

    /**
     * Makes up the participants of a network around a day.
     *
     * @param network the network
     * @param countDay the day of the count
     * @param activeOnCountDay how many take part on that day
     * @param leftBefore how many more had taken part but withdrew before that day
     * @param joinedAfter how many more applied after that day
     * @return the population; never null
     */
    public Population population(
            NetworkId network, LocalDate countDay, int activeOnCountDay, int leftBefore, int joinedAfter) {
        requireNonNull(network, "network");
        requireNonNull(countDay, "countDay");
        Random random = new Random(seed);
        int total = activeOnCountDay + leftBefore + joinedAfter;
        List<String[]> names = uniqueNames(random, total);
        List<Organization> organizations = new ArrayList<>(total);
        List<Person> persons = new ArrayList<>(total);
        List<Membership> memberships = new ArrayList<>(total);
        for (int i = 0; i < total; i++) {
            String number = String.format("%04d", i + 1);
            OrganizationId id = OrganizationId.of(Sources.GENERATED_PREFIX + "jp-org-" + number);
            String domain = names.get(i)[2] + "-" + number + ".example";
            organizations.add(organization(random, id, names.get(i), domain));
            PersonId contact = PersonId.of(Sources.GENERATED_PREFIX + "jp-contact-" + number);
            persons.add(new Person(
                    contact,
                    GIVEN_NAMES[random.nextInt(GIVEN_NAMES.length)] + " "
                            + FAMILY_NAMES[random.nextInt(FAMILY_NAMES.length)],
                    Optional.of("Chemicals management officer"),
                    Optional.of("contact@" + domain),
                    Optional.of(random.nextInt(10) < 8 ? "ja" : "en")));
            MembershipId membershipId = MembershipId.of(Sources.GENERATED_PREFIX + "jp-membership-" + number);
            List<StatusChange> history;
            if (i < activeOnCountDay) {
                history = joined(random, between(random, FIRST_APPLICATION, countDay.minusDays(20)));
            } else if (i < activeOnCountDay + leftBefore) {
                history = new ArrayList<>(joined(random, between(random, FIRST_APPLICATION, countDay.minusYears(3))));
                LocalDate active = history.get(history.size() - 1).date();
                history.add(
                        StatusChange.of(MembershipStatus.WITHDRAWN, between(random, active.plusDays(30), countDay)));
            } else {
                history = joined(random, between(random, countDay.plusDays(1), countDay.plusYears(2)));
            }
            memberships.add(new Membership(
                    membershipId, network, id, MembershipRole.PARTICIPANT, Optional.of(contact), history, 0));
        }
        return new Population(organizations, persons, memberships);
    }

    /**
     * A board of nine participants who took part on a day, the first of them chairing, with two two-year terms
     * (April to March) before and around that day.
     *
     * @param population the participants
     * @param day a day the board sits
     * @return the board; never null
     */
    public Board board(Population population, LocalDate day) {
        List<BoardSeat> seats = new ArrayList<>();
        int year = day.getMonthValue() >= 4 ? day.getYear() : day.getYear() - 1;
        LocalDate termStart = LocalDate.of(year - (year % 2 == 0 ? 1 : 0), 4, 1);
        int seat = 0;
        for (int i = 0; i < population.memberships().size() && seat < 9; i++) {
            Membership m = population.memberships().get(i);
            if (!m.isActiveOn(termStart.minusYears(2))) {
                continue;
            }
            for (int term = 0; term < 2; term++) {
                LocalDate start = termStart.minusYears(2L - 2L * term);
                seats.add(new BoardSeat(
                        BoardSeatId.of(Sources.GENERATED_PREFIX + "jp-seat-" + (seat + 1) + "-" + start.getYear()),
                        m.organization(),
                        m.contact(),
                        Period.of(start, start.plusYears(2).minusDays(1)),
                        seat == 0));
            }
            seat++;
        }
        return new Board(LocalizedText.jaEn("運営委員会", "Management Board"), seats);
    }

    /**
     * Newsletter subscriptions of the participants' contacts: most to every topic, some to a few, one in ten
     * unsubscribed since.
     *
     * @param population the participants
     * @param newsletter the newsletter activity
     * @param count how many subscriptions, at most one per participant
     * @return the subscriptions; never null
     */
    public List<Subscription> subscriptions(Population population, ActivityId newsletter, int count) {
        Random random = new Random(seed ^ 0x5DEECE66DL);
        List<String> topics = List.of("Europe", "Russia", "China", "Korea", "Taiwan", "Vietnam", "Thailand");
        List<Subscription> subscriptions = new ArrayList<>();
        int n = Math.min(count, population.persons().size());
        for (int i = 0; i < n; i++) {
            Person person = population.persons().get(i);
            Set<String> chosen = new LinkedHashSet<>();
            if (random.nextInt(3) == 0) {
                chosen.add(topics.get(random.nextInt(topics.size())));
                chosen.add(topics.get(random.nextInt(topics.size())));
            }
            LocalDate consented = between(random, LocalDate.of(2010, 1, 1), LocalDate.of(2020, 1, 1));
            boolean left = random.nextInt(10) == 0;
            subscriptions.add(new Subscription(
                    SubscriptionId.of(Sources.GENERATED_PREFIX + "jp-subscription-" + String.format("%04d", i + 1)),
                    newsletter,
                    person.email().orElseThrow(),
                    Optional.of(person.id()),
                    Optional.of(population.organizations().get(i).id()),
                    chosen,
                    new Consent(consented, random.nextBoolean() ? "web form" : "seminar sign-up sheet"),
                    left ? SubscriptionStatus.UNSUBSCRIBED : SubscriptionStatus.ACTIVE,
                    left ? consented.plusDays(200) : consented));
        }
        return subscriptions;
    }

    private static Organization organization(Random random, OrganizationId id, String[] name, String domain) {
        int kind = random.nextInt(100);
        OrganizationType type;
        LocalizedText text;
        if (kind < 80) {
            type = OrganizationType.ENTERPRISE;
            text = LocalizedText.jaEn(name[0] + "株式会社", name[1] + " Co., Ltd.");
        } else if (kind < 88) {
            type = OrganizationType.INDUSTRY_ASSOCIATION;
            text = LocalizedText.jaEn(name[0] + "工業会", name[1] + " Industry Association");
        } else if (kind < 93) {
            type = OrganizationType.RESEARCH_INSTITUTION;
            text = LocalizedText.jaEn(name[0] + "研究所", name[1] + " Research Institute");
        } else if (kind < 96) {
            type = OrganizationType.ACADEMIA;
            text = LocalizedText.jaEn(name[0] + "大学", name[1] + " University");
        } else if (kind < 98) {
            type = OrganizationType.NGO;
            text = LocalizedText.jaEn(name[0] + "環境フォーラム", name[1] + " Environment Forum");
        } else {
            type = OrganizationType.NPO;
            text = LocalizedText.jaEn("NPO法人" + name[0] + "化学安全の会", name[1] + " Chemical Safety NPO");
        }
        OrganizationBuilder builder = Organization.builder(id, text, type)
                .country("JP")
                .website("https://www." + domain)
                .contactDetail(ContactDetail.of(ContactType.EMAIL, "info@" + domain));
        switch (type) {
            case ENTERPRISE ->
                builder.community(StakeholderCommunity.INDUSTRY)
                        .size(random.nextInt(10) < 7 ? EnterpriseSize.SME : EnterpriseSize.LARGE)
                        .supplyChainPositions(STAGES.get(random.nextInt(STAGES.size())))
                        .sectors(name[3])
                        .identifier(Identifier.of(Identifier.JP_CORPORATE_NUMBER, corporateNumber(random)));
            case INDUSTRY_ASSOCIATION -> builder.community(StakeholderCommunity.INDUSTRY);
            case RESEARCH_INSTITUTION, ACADEMIA -> builder.community(StakeholderCommunity.ACADEMIA);
            default -> builder.community(StakeholderCommunity.CIVIL_SOCIETY);
        }
        return builder.build();
    }

    private static List<String[]> uniqueNames(Random random, int count) {
        List<String[]> all = new ArrayList<>();
        for (String[] place : PLACES) {
            for (String[] trade : TRADES) {
                all.add(new String[] {
                    place[0] + trade[0],
                    place[1] + " " + trade[1],
                    (place[1] + "-" + trade[1]).toLowerCase(java.util.Locale.ROOT),
                    trade[1].toLowerCase(java.util.Locale.ROOT)
                });
            }
        }
        Collections.shuffle(all, random);
        List<String[]> names = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            String[] base = all.get(i % all.size());
            int round = i / all.size();
            names.add(
                    round == 0
                            ? base
                            : new String[] {
                                base[0] + (round + 1), base[1] + " " + (round + 1), base[2] + "-" + (round + 1), base[3]
                            });
        }
        return names;
    }

    private static List<StatusChange> joined(Random random, LocalDate applied) {
        LocalDate approved = applied.plusDays(random.nextInt(14));
        return List.of(
                StatusChange.of(MembershipStatus.APPLIED, applied),
                StatusChange.of(MembershipStatus.APPROVED, approved),
                StatusChange.of(MembershipStatus.ACTIVE, approved));
    }

    private static LocalDate between(Random random, LocalDate first, LocalDate last) {
        long days = last.toEpochDay() - first.toEpochDay();
        return first.plusDays(days <= 0 ? 0 : random.nextLong(days + 1));
    }

    private static String corporateNumber(Random random) {
        String base = String.format("%012d", random.nextLong(1_000_000_000_000L));
        return CheckDigits.corporateNumberCheckDigit(base) + base;
    }
}
