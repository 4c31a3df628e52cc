package org.chemnet.network.benchmarks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.chemnet.network.NetworkRuntime;
import org.chemnet.network.common.LocalizedText;
import org.chemnet.network.directory.Directory;
import org.chemnet.network.jdbc.JdbcConfig;
import org.chemnet.network.jdbc.JdbcNetworkStore;
import org.chemnet.network.kernel.Page;
import org.chemnet.network.kernel.PageRequest;
import org.chemnet.network.organization.Organization;
import org.chemnet.network.organization.OrganizationId;
import org.chemnet.network.organization.OrganizationType;
import org.chemnet.network.spi.SearchText;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Pages and search of the directory over 1,000,000 organizations, in an H2 file and in a real PostgreSQL: latency
 * percentiles (JMH's sample mode) of a page of {@value #PAGE} through {@code runtime.directory()}, each beside a
 * baseline by hand in plain JDBC in the same run. The first page and a page deep inside (its cursor at row 900,000)
 * against the same page by {@code OFFSET}, the same keyset query by hand (the limit) and a plain
 * {@code SELECT ... WHERE id = ?}; a search for a common term (half the organizations), a rare one (10 of them) and a
 * Japanese substring (1 in 1,500 organizations, inside their Japanese name), each against the same query by hand.
 *
 * <p>Each call starts at the next of {@value #TURNS} places, as the as-of benchmark asks about the next of its days:
 * H2 answers a query it answered just before from that result, which no user paging on would see. A deep page starts
 * after row 900,000, 901,000, and so on; a search page after row 1, 2, and so on (in effect still a first page). The
 * first page is the one query asked again and again.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 3)
@Fork(value = 1, jvmArgsAppend = "-Xmx2g")
public class SearchAndPagingBenchmark {
    /** The size of every page measured. */
    static final int PAGE = 50;

    /** In half the English names. */
    static final String COMMON = "chemical";

    /** In the English name of one organization in 100,000. */
    static final String RARE = "zirconium";

    /** Inside the Japanese name of one organization in 1,500. */
    static final String JAPANESE = "触媒";

    /** How many places the calls start at, in turn. */
    static final int TURNS = 16;

    /** Organizations per load transaction. */
    private static final int CHUNK = 50_000;

    private static final String[] ADJECTIVES = {
        "Northern",
        "Pacific",
        "United",
        "Green",
        "Advanced",
        "Central",
        "Global",
        "Coastal",
        "Alpine",
        "Eastern",
        "Royal",
        "Modern",
        "Clean",
        "Blue",
        "Federal",
        "Western"
    };
    private static final String[] NOUNS = {
        "Materials",
        "Polymers",
        "Coatings",
        "Solvents",
        "Fibres",
        "Pigments",
        "Plastics",
        "Metals",
        "Fertilizers",
        "Pharma",
        "Glass",
        "Rubber",
        "Paper",
        "Textiles",
        "Batteries",
        "Ceramics"
    };
    private static final String[] SUFFIXES = {
        "Co., Ltd.",
        "Inc.",
        "GmbH",
        "S.A.",
        "Association",
        "Institute",
        "Council",
        "Network",
        "Foundation",
        "AG",
        "Kabushiki Kaisha",
        "Group",
        "Society",
        "Partners",
        "Labs",
        "Agency"
    };
    private static final String[] KANJI_FIRST = {
        "日本", "東洋", "北海", "大和", "中央", "関西", "九州", "富士", "新潟", "瀬戸", "太平", "東北", "信州", "四国", "湘南", "京都"
    };
    private static final String[] KANJI_SECOND = {
        "化学", "樹脂", "塗料", "製紙", "繊維", "金属", "硝子", "電池", "肥料", "製薬", "窯業", "合成", "溶剤", "顔料", "化成", "工業"
    };
    private static final String[] KANJI_LAST = {"株式会社", "協会", "研究所", "工業会", "連合会", "財団"};
    private static final OrganizationType[] TYPES = {
        OrganizationType.ENTERPRISE,
        OrganizationType.ENTERPRISE,
        OrganizationType.ENTERPRISE,
        OrganizationType.INDUSTRY_ASSOCIATION,
        OrganizationType.RESEARCH_INSTITUTION,
        OrganizationType.NGO,
        OrganizationType.GOVERNMENT_BODY,
        OrganizationType.ACADEMIA
    };
    private static final String[] COUNTRIES = {"JP", "JP", "JP", "DE", "FR", "US", "SE", "CN", "KR", "BR"};

    @Param({"h2", "postgresql"})
    public String database;

    @Param("1000000")
    public int organizations;

    /** Where loaded databases are kept between forks. */
    Path cache = Path.of(System.getProperty("java.io.tmpdir"), "chemnet-benchmarks");

    BenchmarkDatabase db;
    NetworkRuntime runtime;
    Directory directory;
    /** The cursors of the pages after rows 900,000, 901,000, ... (of 1,000,000), as the directory gave them. */
    List<String> deepCursors;
    /** The identifiers of rows 900,000, 901,000, ...: where the same pages start by hand. */
    List<String> deepKeys = new ArrayList<>();
    /** The cursors of the pages after rows 1, 2, ..., as the directory gave them: where searches start. */
    List<String> nearCursors;
    /** The identifiers of rows 1, 2, ...: where the same searches start by hand. */
    List<String> nearKeys = new ArrayList<>();
    /** Which of the places comes next. */
    int turn;
    /** How many characters the baselines read: kept, so that reading them is never optimized away. */
    long charactersRead;

    /**
     * The identifier of the ith organization: {@code org-0000000} and on, so that the order of identifiers is the
     * order of i in every collation.
     */
    static String id(int i) {
        return String.format(Locale.ROOT, "org-%07d", i);
    }

    /** A 64-bit mix of i (SplitMix64's finalizer): the same organization for the same i, on every load. */
    private static long mix(long i) {
        long z = i * 0x9E3779B97F4A7C15L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    private static String pick(String[] words, long h, int shift) {
        return words[(int) ((h >>> shift) & 0xF) % words.length];
    }

    /**
     * The ith organization: an English name, with {@value #COMMON} in every second one and {@value #RARE} in one in
     * 100,000; a Japanese name for every third, with {@value #JAPANESE} in one in 500 of those; other names and
     * acronyms here and there.
     */
    static Organization organization(int i) {
        long h = mix(i);
        String english = pick(ADJECTIVES, h, 0) + " " + (i % 2 == 0 ? "Chemical" : pick(NOUNS, h, 4))
                + (i % 100_000 == 7_777 ? " Zirconium" : "") + " " + pick(SUFFIXES, h, 8) + " " + i;
        LocalizedText name = LocalizedText.en(english);
        if (i % 3 == 0) {
            String second = (i / 3) % 500 == 7 ? JAPANESE : pick(KANJI_SECOND, h, 16);
            name = name.with("ja", pick(KANJI_FIRST, h, 12) + second + pick(KANJI_LAST, h, 20) + i);
        }
        var builder = Organization.builder(OrganizationId.of(id(i)), name, TYPES[(int) ((h >>> 24) & 7)])
                .country(COUNTRIES[(int) ((h >>> 28) & 0xF) % COUNTRIES.length]);
        if (i % 7 == 0) {
            builder.otherNames(pick(NOUNS, h, 32) + " Holdings " + i);
        }
        if (i % 5 == 0) {
            builder.acronym(
                    ("" + english.charAt(0) + pick(NOUNS, h, 4).charAt(0) + (i % 1000)).toUpperCase(Locale.ROOT));
        }
        return builder.build();
    }

    /**
     * Opens the database a first fork of this size loaded, or loads it: the organizations through the store's bulk
     * path, a chunk at a time, then the database's statistics and the cursor of the deep page, read through the
     * directory page by page. The load is kept in a directory under {@code java.io.tmpdir} and marked complete only
     * at the end (a cut-off load is thrown away and done again).
     */
    @Setup(Level.Trial)
    public void setUp() throws IOException {
        Path directoryPath = cache.resolve("paging-" + database + "-" + organizations);
        Path complete = directoryPath.resolve("complete");
        if (!Files.exists(complete)) {
            deleteRecursively(directoryPath);
        }
        db = BenchmarkDatabase.startIn(database, directoryPath);
        JdbcNetworkStore store =
                JdbcNetworkStore.create(db.dataSource(), JdbcConfig.defaults().withoutMigration());
        runtime = NetworkRuntime.builder().store(store).build();
        directory = runtime.directory();
        for (int k = 0; k < TURNS; k++) {
            deepKeys.add(id(deepRow() + step() * k - 1));
            nearKeys.add(id(k));
        }
        if (!Files.exists(complete)) {
            load(store);
            db.analyze();
            Files.createFile(complete);
        }
        Path cursors = directoryPath.resolve("cursors");
        if (!Files.exists(cursors)) {
            Files.write(cursors, cursors(), StandardCharsets.UTF_8);
        }
        List<String> kept = Files.readAllLines(cursors, StandardCharsets.UTF_8);
        deepCursors = kept.subList(0, TURNS);
        nearCursors = kept.subList(TURNS, 2 * TURNS);
        // A fork that loaded measures too: let it start without the load's garbage, as the others do.
        System.gc();
    }

    /** The row after which the deep pages start: 900,000 of 1,000,000. */
    int deepRow() {
        return organizations / 10 * 9;
    }

    /** How many rows apart the deep pages start: 1,000, fewer where the organizations are too few for that. */
    int step() {
        return Math.min(1_000, (organizations - deepRow()) / (TURNS + 1));
    }

    private void load(JdbcNetworkStore store) {
        for (int from = 0; from < organizations; from += CHUNK) {
            List<Organization> chunk = new ArrayList<>(CHUNK);
            for (int i = from; i < Math.min(organizations, from + CHUNK); i++) {
                chunk.add(organization(i));
            }
            store.inTransaction(tx -> {
                tx.organizations().insertOrganizations(chunk);
                return null;
            });
        }
    }

    /**
     * The cursors after rows 900,000, 901,000, ..., then after rows 1, 2, ..., read as a host would: page after page
     * of a thousand from the start.
     */
    private List<String> cursors() {
        List<String> cursors = new ArrayList<>();
        PageRequest request = PageRequest.first(Math.min(PageRequest.MAX_SIZE, deepRow()));
        int read = 0;
        while (cursors.size() < TURNS) {
            Page<Organization> page = directory.organizations(request);
            read += page.items().size();
            String next = page.next().orElseThrow();
            if (read >= deepRow()) {
                cursors.add(next);
            }
            int size = read >= deepRow() ? step() : Math.min(PageRequest.MAX_SIZE, deepRow() - read);
            request = new PageRequest(java.util.Optional.of(next), size);
        }
        for (int k = 1; k <= TURNS; k++) {
            cursors.add(directory.organizations(PageRequest.first(k)).next().orElseThrow());
        }
        return cursors;
    }

    private int next() {
        return turn++ % TURNS;
    }

    private static void deleteRecursively(Path directory) throws IOException {
        if (Files.exists(directory)) {
            try (Stream<Path> paths = Files.walk(directory)) {
                for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }

    /** Stops the runtime and the database. */
    @TearDown(Level.Trial)
    public void tearDown() {
        runtime.close();
        db.close();
    }

    // ---------------------------------------------------------------- pages

    /**
     * Ours: the first page.
     *
     * @return the page
     */
    @Benchmark
    public Page<Organization> firstPage() {
        return directory.organizations(PageRequest.first(PAGE));
    }

    /**
     * Ours: the page after row 900,000, by its cursor.
     *
     * @return the page
     */
    @Benchmark
    public Page<Organization> deepPage() {
        return directory.organizations(PageRequest.first(PAGE).after(deepCursors.get(next())));
    }

    /**
     * The limit: the same deep page by hand, by key.
     *
     * @return the identifiers of the page
     */
    @Benchmark
    public List<String> deepPageByHand() throws SQLException {
        return rows(
                "SELECT * FROM chemnet_organization WHERE id > ? ORDER BY id FETCH FIRST " + (PAGE + 1) + " ROWS ONLY",
                deepKeys.get(next()));
    }

    /**
     * What many would write: the same deep page by hand, by {@code OFFSET}.
     *
     * @return the identifiers of the page
     */
    @Benchmark
    public List<String> deepPageByOffset() throws SQLException {
        return rows("SELECT * FROM chemnet_organization ORDER BY id OFFSET " + (deepRow() + step() * next())
                + " ROWS FETCH FIRST " + (PAGE + 1) + " ROWS ONLY");
    }

    /**
     * The floor: one organization by its key, by hand.
     *
     * @return its identifier
     */
    @Benchmark
    public List<String> rowById() throws SQLException {
        return rows("SELECT * FROM chemnet_organization WHERE id = ?", deepKeys.get(next()));
    }

    // ---------------------------------------------------------------- search

    /**
     * Ours: the first page of a search for a term in half the names.
     *
     * @return the page
     */
    @Benchmark
    public Page<Organization> searchCommon() {
        return directory.search(COMMON, PageRequest.first(PAGE).after(nearCursors.get(next())));
    }

    /**
     * Ours: the first (and only) page of a search for a term in ten names.
     *
     * @return the page
     */
    @Benchmark
    public Page<Organization> searchRare() {
        return directory.search(RARE, PageRequest.first(PAGE).after(nearCursors.get(next())));
    }

    /**
     * Ours: the first page of a search for a Japanese substring in one name of 1,500.
     *
     * @return the page
     */
    @Benchmark
    public Page<Organization> searchJapanese() {
        return directory.search(JAPANESE, PageRequest.first(PAGE).after(nearCursors.get(next())));
    }

    /**
     * The limit: the common search by hand, the same query on the same column.
     *
     * @return the identifiers of the page
     */
    @Benchmark
    public List<String> searchCommonByHand() throws SQLException {
        return searchByHand(COMMON);
    }

    /**
     * The limit: the rare search by hand.
     *
     * @return the identifiers of the page
     */
    @Benchmark
    public List<String> searchRareByHand() throws SQLException {
        return searchByHand(RARE);
    }

    /**
     * The limit: the Japanese search by hand.
     *
     * @return the identifiers of the page
     */
    @Benchmark
    public List<String> searchJapaneseByHand() throws SQLException {
        return searchByHand(JAPANESE);
    }

    private List<String> searchByHand(String term) throws SQLException {
        return rows(
                "SELECT * FROM chemnet_organization WHERE search_text LIKE ? ESCAPE '!' AND id > ? ORDER BY id"
                        + " FETCH FIRST " + (PAGE + 1) + " ROWS ONLY",
                "%" + SearchText.normalize(term) + "%",
                nearKeys.get(next()));
    }

    /**
     * Runs a query of organization rows on an autocommitted connection of the pool, reads every column of each as
     * text, and gives the identifiers of at most {@value #PAGE} of them.
     */
    private List<String> rows(String sql, String... args) throws SQLException {
        List<String> ids = new ArrayList<>();
        try (Connection c = db.dataSource().getConnection();
                PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                s.setString(i + 1, args[i]);
            }
            try (ResultSet rs = s.executeQuery()) {
                int columns = rs.getMetaData().getColumnCount();
                while (rs.next()) {
                    for (int col = 1; col <= columns; col++) {
                        String value = rs.getString(col);
                        charactersRead += value == null ? 0 : value.length();
                    }
                    if (ids.size() < PAGE) {
                        ids.add(rs.getString("id"));
                    }
                }
            }
        }
        return ids;
    }
}
