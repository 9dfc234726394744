package dev.parallax.support;

import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/** Small articles of our own for tests; each call gives a text never ingested before. */
public final class TestArticles {

    private TestArticles() {
    }

    public static String unique(String headline) {
        return headline + "\n"
                + "The harbour authority confirmed on Monday that the northern pier will close for repairs next month, "
                + "after divers found corrosion on the supports.\n"
                + "Officials said ferries would use the southern pier instead and that delays of ten minutes were likely.\n"
                + "Reference " + UUID.randomUUID() + " was given to the notice.";
    }

    /** A word no article has: letters only, so that a search reads it as one plain word. */
    public static String uniqueWord() {
        StringBuilder word = new StringBuilder("qx");
        for (int i = 0; i < 10; i++) {
            word.append((char) ('a' + ThreadLocalRandom.current().nextInt(26)));
        }
        return word.toString();
    }
}
