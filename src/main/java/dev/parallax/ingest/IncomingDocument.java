package dev.parallax.ingest;

/** The bytes of one article as they arrived, and the file or upload name they came under. */
public record IncomingDocument(String origin, byte[] bytes) {

    public IncomingDocument {
        origin = origin == null || origin.isBlank() ? "upload" : origin.strip();
    }
}
