package dev.parallax.text;

import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTagFormat;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.TokenizerModel;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * Apache OpenNLP's English models (Universal Dependencies, English Web Treebank), loaded once from the class path.
 * The models are shared; the tools that run them keep state, so each thread gets its own.
 */
final class EnglishModels {

    private static final String SENTENCES = "/opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin";
    private static final String TOKENS = "/opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin";
    private static final String PARTS_OF_SPEECH = "/opennlp-en-ud-ewt-pos-1.3-2.5.4.bin";

    private static final class Loaded {
        static final SentenceModel SENTENCE_MODEL = load(SENTENCES, SentenceModel::new);
        static final TokenizerModel TOKENIZER_MODEL = load(TOKENS, TokenizerModel::new);
        static final POSModel POS_MODEL = load(PARTS_OF_SPEECH, POSModel::new);
    }

    private static final ThreadLocal<SentenceDetectorME> SENTENCE_DETECTOR =
            ThreadLocal.withInitial(() -> new SentenceDetectorME(Loaded.SENTENCE_MODEL));
    private static final ThreadLocal<TokenizerME> TOKENIZER =
            ThreadLocal.withInitial(() -> new TokenizerME(Loaded.TOKENIZER_MODEL));
    private static final ThreadLocal<POSTaggerME> TAGGER =
            ThreadLocal.withInitial(() -> new POSTaggerME(Loaded.POS_MODEL, POSTagFormat.UD));

    private EnglishModels() {
    }

    static SentenceDetectorME sentenceDetector() {
        return SENTENCE_DETECTOR.get();
    }

    static TokenizerME tokenizer() {
        return TOKENIZER.get();
    }

    static POSTaggerME tagger() {
        return TAGGER.get();
    }

    /** Loads the models now rather than on the first text: for start-up, and to report their cost. */
    static void warmUp() {
        tagger().tag(tokenizer().tokenize(sentenceDetector().sentDetect("Models are loaded.")[0]));
    }

    private interface ModelReader<T> {
        T read(InputStream in) throws IOException;
    }

    private static <T> T load(String resource, ModelReader<T> reader) {
        try (InputStream in = EnglishModels.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("The OpenNLP model " + resource + " is missing from the class path");
            }
            return reader.read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not load the OpenNLP model " + resource, e);
        }
    }
}
