package org.chemnet.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.chemnet.network.kernel.Page;
import org.chemnet.network.kernel.PageRequest;
import org.junit.jupiter.api.Test;

class PageRequestTest {
    @Test
    void theFirstPageHasNoCursorAndTheNextKeepsTheSize() {
        PageRequest first = PageRequest.first(50);

        assertThat(first).isEqualTo(new PageRequest(Optional.empty(), 50));
        assertThat(first.after("abc")).isEqualTo(new PageRequest(Optional.of("abc"), 50));
    }

    @Test
    void refusesASizeOutsideOneToAThousandNamingIt() {
        assertThatThrownBy(() -> PageRequest.first(0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("size must be from 1 to 1000");
        assertThatThrownBy(() -> PageRequest.first(1_001))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("size")
                .hasMessageContaining("1001");
        assertThat(PageRequest.first(1).size()).isEqualTo(1);
        assertThat(PageRequest.first(1_000).size()).isEqualTo(1_000);
    }

    @Test
    void refusesABlankOrOverlongCursorNamingIt() {
        assertThatThrownBy(() -> PageRequest.first(10).after(" "))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("after");
        assertThatThrownBy(() -> PageRequest.first(10).after("x".repeat(1_001)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("after");
        assertThatThrownBy(() -> new PageRequest(null, 10))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("after");
    }

    @Test
    void aPageCopiesItsItemsAndTellsWhetherAnotherFollows() {
        List<String> items = new ArrayList<>(List.of("a", "b"));
        Page<String> page = new Page<>(items, Optional.of("cursor"));
        items.add("c");

        assertThat(page.items()).containsExactly("a", "b");
        assertThat(page.hasNext()).isTrue();
        assertThat(Page.<String>empty().hasNext()).isFalse();
        assertThat(Page.<String>empty().items()).isEmpty();
    }
}
