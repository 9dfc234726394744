package dev.parallax.search;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class SpellingVariantsTest {

    /** The words the little corpora below use as names, as the index holds them with each article. */
    private static final Set<String> NAMES = Set.of("kowalczyk", "kowalczik", "kowalchyk", "kowalski", "zelensky",
            "zelenskyy", "moore");
    private final SpellingVariants variants = new SpellingVariants();

    private static Document article(String text) {
        Document document = new Document();
        document.add(new TextField(IndexFields.TEXT_EXACT, text, Field.Store.NO));
        String names = String.join(" ", java.util.Arrays.stream(text.toLowerCase(java.util.Locale.ROOT).split("\\W+"))
                .filter(NAMES::contains).toList());
        document.add(new TextField(IndexFields.NAMES, names, Field.Store.NO));
        return document;
    }

    private DirectoryReader indexOf(String... texts) throws IOException {
        ByteBuffersDirectory directory = new ByteBuffersDirectory();
        try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(SearchAnalyzers.perField()))) {
            for (String text : texts) {
                writer.addDocument(article(text));
            }
        }
        return DirectoryReader.open(directory);
    }

    @Test
    void findsTheSpellingsOfANameThatTheCorpusHolds() throws IOException {
        try (DirectoryReader reader = indexOf("Mayor Kowalczyk spoke.", "Mayor Kowalczik answered.",
                "Kowalchyk left early.", "Kowalski was absent.")) {
            assertThat(variants.of(reader, "kowalczyk")).contains("kowalczik").doesNotContain("kowalski");
        }
    }

    @Test
    void wordsThatMerelyLookAlikeAreNotVariants() throws IOException {
        try (DirectoryReader reader = indexOf("The strike began.", "A great stride forward.", "Strict rules apply.")) {
            assertThat(variants.of(reader, "strike")).doesNotContain("stride", "strict");
        }
    }

    @Test
    void onlyNamesHaveSpellingsAndOnlyNamesAreTheirSpellings() throws IOException {
        try (DirectoryReader reader = indexOf("Governor Wes Moore spoke.", "There was more rain.", "Mooree and Moores.")) {
            assertThat(variants.of(reader, "moore")).doesNotContain("more", "mooree", "moores");
            assertThat(variants.of(reader, "more")).isEmpty();
        }
    }

    @Test
    void shortWordsAndNumbersHaveNoVariants() throws IOException {
        try (DirectoryReader reader = indexOf("war was ward 2024 2025")) {
            assertThat(variants.of(reader, "war")).isEmpty();
            assertThat(variants.of(reader, "2024")).isEmpty();
        }
    }

    @Test
    void spellingsInSegmentsWrittenLaterAreFoundInTheNewView() throws IOException {
        ByteBuffersDirectory directory = new ByteBuffersDirectory();
        try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(SearchAnalyzers.perField()))) {
            writer.addDocument(article("President Zelensky spoke."));
            writer.commit();
            try (DirectoryReader before = DirectoryReader.open(directory)) {
                assertThat(variants.of(before, "zelensky")).isEmpty();
                writer.addDocument(article("President Zelenskyy answered."));
                writer.commit();
                try (DirectoryReader after = DirectoryReader.openIfChanged(before)) {
                    assertThat(after.leaves()).hasSize(2);
                    assertThat(variants.of(after, "zelensky")).containsExactly("zelenskyy");
                    assertThat(variants.of(after, "zelenskyy")).containsExactly("zelensky");
                }
            }
        }
    }
}
