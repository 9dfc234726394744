package dev.parallax.search;

import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.OrdinalMap;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;
import org.apache.lucene.util.LongValues;
import org.apache.lucene.util.packed.PackedInts;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.PriorityQueue;

/**
 * Matching articles counted by source, the most frequent named. Counting runs on global ordinals: each view of the
 * index numbers its sources once across its segments (an {@link OrdinalMap}, kept while the view lasts), so a search
 * adds integers and turns into names only the sources a page shows, however many match: a corpus of files has a
 * source per article, and naming them all cost more than the search.
 */
final class SourceFacets {

    /** The counts of one search: matching articles in all, and the sources with most of them, most first. */
    record Counts(long total, List<SearchResults.FacetValue> mostFrequent) {
    }

    /** One view of the index with its sources numbered across segments (null for a view of one segment or none). */
    private record Numbering(Object readerKey, OrdinalMap ordinals) {
    }

    private volatile Numbering numbering = new Numbering(new Object(), null);

    /** Counts the documents the query matches by their source, naming at most {@code shown} sources. */
    Counts count(IndexSearcher searcher, Query query, int shown) throws IOException {
        IndexReader reader = searcher.getIndexReader();
        OrdinalMap ordinals = ordinalsOf(reader);
        int sources = ordinals != null ? (int) ordinals.getValueCount()
                : reader.leaves().isEmpty() ? 0 : sourcesOf(reader.leaves().getFirst()).getValueCount();
        int[] counts = searcher.search(query, new CollectorManager<Counter, int[]>() {
            @Override
            public Counter newCollector() {
                return new Counter(ordinals, sources);
            }

            @Override
            public int[] reduce(Collection<Counter> counters) {
                if (counters.size() == 1) {
                    return counters.iterator().next().counts;
                }
                int[] merged = new int[sources];
                counters.forEach(counter -> {
                    for (int ordinal = 0; ordinal < sources; ordinal++) {
                        merged[ordinal] += counter.counts[ordinal];
                    }
                });
                return merged;
            }
        });
        long total = 0;
        // Least frequent on top, so the queue keeps the most frequent; among equals, global ordinals go by name.
        PriorityQueue<Integer> kept = new PriorityQueue<>(shown + 1,
                (one, other) -> counts[one] != counts[other] ? Integer.compare(counts[one], counts[other]) : Integer.compare(other, one));
        for (int ordinal = 0; ordinal < sources; ordinal++) {
            if (counts[ordinal] > 0) {
                total += counts[ordinal];
                kept.add(ordinal);
                if (kept.size() > shown) {
                    kept.poll();
                }
            }
        }
        List<SearchResults.FacetValue> mostFrequent = new ArrayList<>(kept.size());
        while (!kept.isEmpty()) {
            int ordinal = kept.poll();
            mostFrequent.addFirst(new SearchResults.FacetValue(name(reader, ordinals, ordinal), counts[ordinal]));
        }
        return new Counts(total, mostFrequent);
    }

    /** The view's sources numbered across its segments, made once per view; none needed for a single segment. */
    private OrdinalMap ordinalsOf(IndexReader reader) throws IOException {
        IndexReader.CacheKey cacheKey = reader.getReaderCacheHelper() == null ? null : reader.getReaderCacheHelper().getKey();
        Object key = cacheKey == null ? reader : cacheKey;
        Numbering current = numbering;
        if (current.readerKey() != key) {
            List<LeafReaderContext> leaves = reader.leaves();
            OrdinalMap ordinals = null;
            if (leaves.size() > 1) {
                SortedDocValues[] values = new SortedDocValues[leaves.size()];
                for (LeafReaderContext leaf : leaves) {
                    values[leaf.ord] = sourcesOf(leaf);
                }
                ordinals = OrdinalMap.build(cacheKey, values, PackedInts.DEFAULT);
            }
            current = new Numbering(key, ordinals);
            numbering = current;
        }
        return current.ordinals();
    }

    private static SortedDocValues sourcesOf(LeafReaderContext leaf) throws IOException {
        SortedDocValues values = leaf.reader().getSortedDocValues(IndexFields.SOURCE);
        return values != null ? values : DocValues.emptySorted();
    }

    private static String name(IndexReader reader, OrdinalMap ordinals, int ordinal) throws IOException {
        if (ordinals == null) {
            return sourcesOf(reader.leaves().getFirst()).lookupOrd(ordinal).utf8ToString();
        }
        LeafReaderContext leaf = reader.leaves().get(ordinals.getFirstSegmentNumber(ordinal));
        return sourcesOf(leaf).lookupOrd((int) ordinals.getFirstSegmentOrd(ordinal)).utf8ToString();
    }

    /** Counts matching documents by the global ordinal of their source. */
    private static final class Counter extends SimpleCollector {
        private final OrdinalMap ordinals;
        private final int[] counts;
        private SortedDocValues sources;
        private LongValues toGlobal;

        Counter(OrdinalMap ordinals, int sources) {
            this.ordinals = ordinals;
            this.counts = new int[sources];
        }

        @Override
        protected void doSetNextReader(LeafReaderContext context) throws IOException {
            sources = sourcesOf(context);
            toGlobal = ordinals == null ? LongValues.IDENTITY : ordinals.getGlobalOrds(context.ord);
        }

        @Override
        public void collect(int doc) throws IOException {
            if (sources.advanceExact(doc)) {
                counts[(int) toGlobal.get(sources.ordValue())]++;
            }
        }

        @Override
        public ScoreMode scoreMode() {
            return ScoreMode.COMPLETE_NO_SCORES;
        }
    }
}
