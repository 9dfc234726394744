package dev.parallax.support;

import java.util.UUID;

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
}
