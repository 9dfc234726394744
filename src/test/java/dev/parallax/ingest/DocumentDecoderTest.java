package dev.parallax.ingest;

import dev.parallax.ingest.IngestionRefusedException.Reason;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DocumentDecoderTest {

    private final DocumentDecoder decoder = new DocumentDecoder(1024);

    private void assertRefused(byte[] bytes, Reason reason) {
        assertThatThrownBy(() -> decoder.decode(bytes))
                .isInstanceOfSatisfying(IngestionRefusedException.class, e -> assertThat(e.reason()).isEqualTo(reason))
                .message().isNotBlank();
    }

    @Test
    void refusesEmptyBlankBinaryMalformedAndOversizedInput() {
        assertRefused(new byte[0], Reason.EMPTY);
        assertRefused(" \n\t\r\n ".getBytes(StandardCharsets.UTF_8), Reason.EMPTY);
        assertRefused(new byte[]{'P', 'K', 3, 4, 0, 0, 'x'}, Reason.BINARY);
        assertRefused(new byte[]{'c', 'a', 'f', (byte) 0xE9, ' ', 'o', 'k'}, Reason.NOT_UTF8);
        assertRefused(new byte[1025], Reason.TOO_LARGE);
    }

    @Test
    void oversizedTextIsRefusedWithBothSizesInTheMessage() {
        assertThatThrownBy(() -> decoder.decode("a".repeat(2048).getBytes(StandardCharsets.UTF_8)))
                .hasMessageContaining("2.0 KiB").hasMessageContaining("1.0 KiB");
    }

    @Test
    void decodesUtf8WithoutLosingAByteOrTheByteOrderMark() {
        String text = "\uFEFFZelenskyy said: “Ukraine’s answer” — 300 km\r\nnext line";

        String decoded = decoder.decode(text.getBytes(StandardCharsets.UTF_8));

        assertThat(decoded).isEqualTo(text);
    }
}
