package dev.parallax.search;

import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class SourceFacetsTest {

    private static Map<String, Long> sources(int howMany) {
        Map<String, Long> counts = new HashMap<>();
        for (int i = 1; i <= howMany; i++) {
            counts.put("Outlet %03d".formatted(i), (long) i);
        }
        return counts;
    }

    @Test
    void aCorpusOfManySourcesShowsTheMostFrequentFirst() {
        var facets = CoverageSearch.mostFrequent(sources(5_000), null);

        assertThat(facets).hasSize(CoverageSearch.MAX_SOURCE_FACETS);
        assertThat(facets.getFirst().count()).isEqualTo(5_000);
        assertThat(facets).extracting(SearchResults.FacetValue::count).isSortedAccordingTo((a, b) -> Long.compare(b, a));
        assertThat(facets.getLast().count()).isEqualTo(5_000 - CoverageSearch.MAX_SOURCE_FACETS + 1);
    }

    @Test
    void theSelectedSourceIsShownWhereverItRanks() {
        var facets = CoverageSearch.mostFrequent(sources(100), "outlet 001");

        assertThat(facets).hasSize(CoverageSearch.MAX_SOURCE_FACETS + 1);
        assertThat(facets.getLast()).isEqualTo(new SearchResults.FacetValue("Outlet 001", 1));
    }

    @Test
    void fewSourcesAreAllShownAndTiesGoByName() {
        var facets = CoverageSearch.mostFrequent(Map.of("Beta", 2L, "Alpha", 2L, "Gamma", 3L), "Alpha");

        assertThat(facets).extracting(SearchResults.FacetValue::value).containsExactly("Gamma", "Alpha", "Beta");
    }

    @Test
    void noMatchNoSources() {
        assertThat(CoverageSearch.mostFrequent(Map.of(), "Anything")).isEmpty();
    }
}
