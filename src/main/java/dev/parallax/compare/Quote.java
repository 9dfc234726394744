package dev.parallax.compare;

/** Words an article puts in someone's mouth, and who, as the article names them (null when it does not say). */
record Quote(long articleId, int blockIndex, String text, String speaker) {
}
