package org.chemnet.network.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.chemnet.network.kernel.Page;
import org.chemnet.network.organization.Organization;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Ours and the queries by hand give the same pages, on H2 and on a real PostgreSQL, and a later fork opens what the
 * first loaded, with the deep cursor it kept.
 */
class SearchAndPagingBenchmarkTest {
    private static final int ORGANIZATIONS = 20_000;

    @TempDir
    Path cache;

    private static List<String> ids(Page<Organization> page) {
        return page.items().stream().map(o -> o.id().value()).toList();
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void oursAndTheQueriesByHandGiveTheSamePages(String database) throws SQLException, IOException {
        SearchAndPagingBenchmark first = benchmark(database);
        List<List<String>> deep = new ArrayList<>();
        try {
            assertThat(ids(first.firstPage()))
                    .hasSize(SearchAndPagingBenchmark.PAGE)
                    .startsWith(SearchAndPagingBenchmark.id(0));
            for (int k = 0; k < SearchAndPagingBenchmark.TURNS; k++) {
                String start = SearchAndPagingBenchmark.id(first.deepRow() + first.step() * k);
                List<String> ours = at(first, k, first::deepPage);
                assertThat(ours)
                        .hasSize(SearchAndPagingBenchmark.PAGE)
                        .startsWith(start)
                        .isEqualTo(at(first, k, first::deepPageByHand))
                        .isEqualTo(at(first, k, first::deepPageByOffset));
                assertThat(at(first, k, first::rowById))
                        .containsExactly(SearchAndPagingBenchmark.id(first.deepRow() + first.step() * k - 1));
                deep.add(ours);
                assertThat(at(first, k, first::searchCommon))
                        .hasSize(SearchAndPagingBenchmark.PAGE)
                        .isEqualTo(at(first, k, first::searchCommonByHand));
                assertThat(at(first, k, first::searchRare))
                        .containsExactly(SearchAndPagingBenchmark.id(7_777))
                        .isEqualTo(at(first, k, first::searchRareByHand));
                assertThat(at(first, k, first::searchJapanese))
                        .hasSizeBetween(10, 20)
                        .isEqualTo(at(first, k, first::searchJapaneseByHand));
            }
            assertThat(first.searchJapanese().items())
                    .allMatch(o -> o.name().in("ja").orElseThrow().contains(SearchAndPagingBenchmark.JAPANESE));
        } finally {
            first.tearDown();
        }

        SearchAndPagingBenchmark later = benchmark(database);
        try {
            for (int k = 0; k < SearchAndPagingBenchmark.TURNS; k++) {
                assertThat(at(later, k, later::deepPage)).isEqualTo(deep.get(k));
            }
        } finally {
            later.tearDown();
        }
    }

    /** What a benchmark method gives in the kth turn: the identifiers of its page. */
    private static List<String> at(SearchAndPagingBenchmark benchmark, int k, Call call) throws SQLException {
        benchmark.turn = k;
        Object result = call.run();
        if (result instanceof Page<?> page) {
            return page.items().stream()
                    .map(o -> ((Organization) o).id().value())
                    .toList();
        }
        return ((List<?>) result).stream().map(String.class::cast).toList();
    }

    /** A benchmark method. */
    @FunctionalInterface
    private interface Call {
        Object run() throws SQLException;
    }

    private SearchAndPagingBenchmark benchmark(String database) throws IOException {
        SearchAndPagingBenchmark benchmark = new SearchAndPagingBenchmark();
        benchmark.database = database;
        benchmark.organizations = ORGANIZATIONS;
        benchmark.cache = cache;
        benchmark.setUp();
        return benchmark;
    }
}
