package dev.parallax.search;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

class SourceFacetsTest {

    private final SourceFacets facets = new SourceFacets();

    /** Outlet n has n documents, every third of them "even"; written in shuffled order over several segments. */
    private static Directory outlets(int howMany, int segments) throws IOException {
        List<Document> documents = new ArrayList<>();
        for (int outlet = 1; outlet <= howMany; outlet++) {
            for (int i = 0; i < outlet; i++) {
                Document document = new Document();
                document.add(new SortedDocValuesField(IndexFields.SOURCE, new BytesRef("Outlet %03d".formatted(outlet))));
                document.add(new StringField("kind", i % 3 == 0 ? "even" : "odd", Field.Store.NO));
                documents.add(document);
            }
        }
        Collections.shuffle(documents, new Random(7));
        Directory directory = new ByteBuffersDirectory();
        try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig().setMergePolicy(NoMergePolicy.INSTANCE))) {
            int perSegment = documents.size() / segments + 1;
            for (int i = 0; i < documents.size(); i++) {
                writer.addDocument(documents.get(i));
                if ((i + 1) % perSegment == 0) {
                    writer.commit();
                }
            }
        }
        return directory;
    }

    @Test
    void aCorpusOfManySourcesShowsTheMostFrequentFirstOverAllSegments() throws IOException {
        try (Directory directory = outlets(200, 4); DirectoryReader reader = DirectoryReader.open(directory)) {
            assertThat(reader.leaves()).hasSizeGreaterThan(1);

            SourceFacets.Counts counts = facets.count(new IndexSearcher(reader), new MatchAllDocsQuery(), CoverageSearch.MAX_SOURCE_FACETS);

            assertThat(counts.total()).isEqualTo(200 * 201 / 2);
            assertThat(counts.mostFrequent()).hasSize(CoverageSearch.MAX_SOURCE_FACETS);
            assertThat(counts.mostFrequent().getFirst()).isEqualTo(new SearchResults.FacetValue("Outlet 200", 200));
            assertThat(counts.mostFrequent().getLast())
                    .isEqualTo(new SearchResults.FacetValue("Outlet 181", 200 - CoverageSearch.MAX_SOURCE_FACETS + 1));
            assertThat(counts.mostFrequent()).extracting(SearchResults.FacetValue::count)
                    .isSortedAccordingTo((a, b) -> Long.compare(b, a));
        }
    }

    @Test
    void onlyTheMatchingDocumentsAreCountedAndTiesGoByName() throws IOException {
        try (Directory directory = outlets(6, 3); DirectoryReader reader = DirectoryReader.open(directory)) {
            // "even" documents: outlets 1-3 have one, 4-6 two.
            SourceFacets.Counts counts = facets.count(new IndexSearcher(reader), new TermQuery(new Term("kind", "even")), 4);

            assertThat(counts.total()).isEqualTo(9);
            assertThat(counts.mostFrequent()).containsExactly(new SearchResults.FacetValue("Outlet 004", 2),
                    new SearchResults.FacetValue("Outlet 005", 2), new SearchResults.FacetValue("Outlet 006", 2),
                    new SearchResults.FacetValue("Outlet 001", 1));
        }
    }

    @Test
    void aSingleSegmentAndANewViewAreCountedAsWell() throws IOException {
        try (Directory one = outlets(3, 1); DirectoryReader reader = DirectoryReader.open(one)) {
            assertThat(reader.leaves()).hasSize(1);
            assertThat(facets.count(new IndexSearcher(reader), new MatchAllDocsQuery(), 5).mostFrequent())
                    .extracting(SearchResults.FacetValue::value).containsExactly("Outlet 003", "Outlet 002", "Outlet 001");
        }
        try (Directory other = outlets(30, 3); DirectoryReader reader = DirectoryReader.open(other)) {
            assertThat(facets.count(new IndexSearcher(reader), new MatchAllDocsQuery(), 1).mostFrequent())
                    .containsExactly(new SearchResults.FacetValue("Outlet 030", 30));
        }
    }

    @Test
    void noMatchNoSources() throws IOException {
        try (Directory directory = outlets(5, 2); DirectoryReader reader = DirectoryReader.open(directory)) {
            SourceFacets.Counts counts = facets.count(new IndexSearcher(reader), new TermQuery(new Term("kind", "none")), 20);

            assertThat(counts.total()).isZero();
            assertThat(counts.mostFrequent()).isEmpty();
        }
    }
}
