package dev.parallax.search;

import dev.parallax.article.ArticleDetail;
import dev.parallax.article.BlockKind;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.util.BytesRef;

import java.util.ArrayList;
import java.util.List;

/** What the index holds of an article: the documents {@link PassageIndex} writes, with their fields' types. */
final class PassageDocuments {

    private static final FieldType COMPARABLE_WORDS = comparableWordsType();
    private static final FieldType STEMMED_WORDS = stemmedWordsType();
    private static final FieldType NAME_WORDS = nameWordsType();
    private static final FieldType EXACT_WORDS_WITH_OFFSETS = exactWordsWithOffsetsType();

    private PassageDocuments() {
    }

    /** An article's documents: one per block, then the whole article. */
    static List<Document> of(ArticleDetail article) {
        List<Document> documents = new ArrayList<>(article.blocks().size() + 1);
        Document whole = describedDocument(article, IndexFields.WHOLE_ARTICLE);
        for (ArticleDetail.BlockView block : article.blocks()) {
            Document passage = describedDocument(article, IndexFields.PASSAGE);
            passage.add(new StoredField(IndexFields.BLOCK, block.index()));
            passage.add(new StringField(IndexFields.KIND, block.kind().name(), Field.Store.YES));
            BlockTokens tokens = BlockTokens.of(block.text());
            passage.add(new Field(IndexFields.TEXT, tokens.stemmed(), STEMMED_WORDS));
            passage.add(new Field(IndexFields.TEXT_EXACT, tokens.exact(), EXACT_WORDS_WITH_OFFSETS));
            passage.add(new StoredField(IndexFields.TEXT_EXACT, block.text()));
            documents.add(passage);
            // One field value per block: the analyzers' position gap keeps phrases inside a block.
            whole.add(new Field(IndexFields.ARTICLE_TEXT, tokens.stemmed(), STEMMED_WORDS));
            whole.add(new TextField(IndexFields.ARTICLE_EXACT, tokens.exact()));
        }
        whole.add(new Field(IndexFields.COMPARABLE, article.comparableText(), COMPARABLE_WORDS));
        whole.add(new Field(IndexFields.NAMES, String.join(" ", NameLikeWords.of(article.blocks().stream()
                .filter(block -> block.kind() == BlockKind.PARAGRAPH).map(ArticleDetail.BlockView::text).toList())),
                NAME_WORDS));
        documents.add(whole);
        return documents;
    }

    /**
     * Stems are matched one word at a time (phrases match the exact words), so they are indexed with their counts
     * for scoring but without the positions, which every word of every article would otherwise write.
     */
    private static FieldType stemmedWordsType() {
        FieldType type = new FieldType();
        type.setTokenized(true);
        type.setIndexOptions(IndexOptions.DOCS_AND_FREQS);
        type.freeze();
        return type;
    }

    /**
     * A passage's exact words with where each stands in the text: the highlighter reads the matched words' offsets
     * from the postings instead of analysing every shown passage again for every search.
     */
    private static FieldType exactWordsWithOffsetsType() {
        FieldType type = new FieldType(TextField.TYPE_NOT_STORED);
        type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        type.freeze();
        return type;
    }

    /** Looked up by whether a word is there at all: no counts, no positions, no norms. */
    private static FieldType nameWordsType() {
        FieldType type = new FieldType();
        type.setTokenized(true);
        type.setIndexOptions(IndexOptions.DOCS);
        type.setOmitNorms(true);
        type.freeze();
        return type;
    }

    private static FieldType comparableWordsType() {
        FieldType type = new FieldType();
        type.setTokenized(true);
        type.setIndexOptions(IndexOptions.DOCS);
        type.setOmitNorms(true);
        type.setStoreTermVectors(true);
        type.freeze();
        return type;
    }

    /** A document with what every document of an article carries: its id, source, title and origin. */
    private static Document describedDocument(ArticleDetail article, String type) {
        String articleId = Long.toString(article.summary().id());
        Document document = new Document();
        document.add(new StringField(IndexFields.DOC_TYPE, type, Field.Store.NO));
        document.add(new StringField(IndexFields.ARTICLE, articleId, Field.Store.YES));
        document.add(new SortedDocValuesField(IndexFields.ARTICLE, new BytesRef(articleId)));
        document.add(new StoredField(IndexFields.SOURCE, article.summary().source()));
        document.add(new SortedDocValuesField(IndexFields.SOURCE, new BytesRef(article.summary().source())));
        document.add(new StringField(IndexFields.SOURCE_KEY, sourceKey(article.summary().source()), Field.Store.NO));
        document.add(new StoredField(IndexFields.TITLE, article.summary().title()));
        document.add(new StoredField(IndexFields.ORIGIN, article.summary().origin()));
        return document;
    }

    static String sourceKey(String source) {
        return source.strip().toLowerCase(java.util.Locale.ROOT);
    }
}
