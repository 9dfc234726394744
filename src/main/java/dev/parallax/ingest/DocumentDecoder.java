package dev.parallax.ingest;

import dev.parallax.ingest.IngestionRefusedException.Reason;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Checks that bytes are a text Parallax can read (size, not binary, UTF-8) and decodes them without loss. */
final class DocumentDecoder {

    private final long maxBytes;

    DocumentDecoder(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    long maxBytes() {
        return maxBytes;
    }

    String decode(byte[] bytes) {
        if (bytes.length > maxBytes) {
            throw new IngestionRefusedException(Reason.TOO_LARGE, "The text is %s; the limit is %s."
                    .formatted(humanSize(bytes.length), humanSize(maxBytes)));
        }
        if (bytes.length == 0) {
            throw new IngestionRefusedException(Reason.EMPTY, "The text is empty.");
        }
        if (looksBinary(bytes)) {
            throw new IngestionRefusedException(Reason.BINARY,
                    "This looks like a binary file, not text. Upload a plain text (UTF-8) or HTML article.");
        }
        String text;
        try {
            // REPORT instead of the default REPLACE: a lossy decode would break the verbatim raw text.
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new IngestionRefusedException(Reason.NOT_UTF8,
                    "The text is not valid UTF-8. Save it as UTF-8 and try again.");
        }
        if (text.isBlank()) {
            throw new IngestionRefusedException(Reason.EMPTY, "The text has nothing but white space.");
        }
        return text;
    }

    /** NUL bytes never occur in text; many other control bytes mean a file that is not prose either. */
    private static boolean looksBinary(byte[] bytes) {
        int controls = 0;
        for (byte signed : bytes) {
            int b = signed & 0xFF;
            if (b == 0) {
                return true;
            }
            if (b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f') {
                controls++;
            }
        }
        return controls > Math.max(8, bytes.length / 100);
    }

    static String humanSize(long bytes) {
        if (bytes >= 1024 * 1024) {
            return "%.1f MiB".formatted(bytes / (1024.0 * 1024.0));
        }
        if (bytes >= 1024) {
            return "%.1f KiB".formatted(bytes / 1024.0);
        }
        return bytes + " bytes";
    }
}
