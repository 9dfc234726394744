package dev.parallax.fetch;

import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What an address answered, after its redirects: the final address, the status (200, or 304 for a conditional
 * request whose resource has not changed), the validators for the next conditional request, and the body.
 */
public record Fetched(URI address, URI finalAddress, List<URI> redirects, int status, String contentType,
                      String etag, String lastModified, byte[] body) {

    private static final Pattern CHARSET_PARAMETER = Pattern.compile("charset\\s*=\\s*[\"']?([\\w.:-]+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern META_CHARSET = Pattern.compile(
            "<meta[^>]+charset\\s*=\\s*[\"']?\\s*([\\w.:-]+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern XML_ENCODING = Pattern.compile("^<\\?xml[^>]+encoding\\s*=\\s*[\"']([\\w.:-]+)", Pattern.CASE_INSENSITIVE);

    public boolean notModified() {
        return status == 304;
    }

    /** The address redirected to one the caller said it has ({@link WebFetcher.Request#stoppingAt}): nothing read. */
    public boolean redirectedToKnown() {
        return status >= 300 && status < 400 && status != 304;
    }

    /** The media type without its parameters, lower case; empty when the site did not say. */
    public String mediaType() {
        if (contentType == null) {
            return "";
        }
        int semicolon = contentType.indexOf(';');
        return (semicolon < 0 ? contentType : contentType.substring(0, semicolon)).strip().toLowerCase(Locale.ROOT);
    }

    /**
     * The body as text, in the charset the answer names (its Content-Type, a byte-order mark, the page's own
     * {@code <meta charset>} or XML declaration), else UTF-8; bytes that do not decode become U+FFFD.
     */
    public String text() {
        Charset charset = charset();
        int skip = charset.equals(StandardCharsets.UTF_8) && body.length >= 3 && (body[0] & 0xFF) == 0xEF
                && (body[1] & 0xFF) == 0xBB && (body[2] & 0xFF) == 0xBF ? 3 : 0;
        CharsetDecoder decoder = charset.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE);
        try {
            return decoder.decode(ByteBuffer.wrap(body, skip, body.length - skip)).toString();
        } catch (java.nio.charset.CharacterCodingException impossible) {
            return new String(body, skip, body.length - skip, charset);
        }
    }

    Charset charset() {
        if (body.length >= 2 && (body[0] & 0xFF) == 0xFE && (body[1] & 0xFF) == 0xFF) {
            return StandardCharsets.UTF_16BE;
        }
        if (body.length >= 2 && (body[0] & 0xFF) == 0xFF && (body[1] & 0xFF) == 0xFE) {
            return StandardCharsets.UTF_16LE;
        }
        if (body.length >= 3 && (body[0] & 0xFF) == 0xEF && (body[1] & 0xFF) == 0xBB && (body[2] & 0xFF) == 0xBF) {
            return StandardCharsets.UTF_8;
        }
        Charset named = contentType == null ? null : named(CHARSET_PARAMETER.matcher(contentType));
        if (named != null) {
            return named;
        }
        String head = new String(body, 0, Math.min(body.length, 2048), StandardCharsets.ISO_8859_1);
        Charset declared = named(XML_ENCODING.matcher(head));
        if (declared == null) {
            declared = named(META_CHARSET.matcher(head));
        }
        // A page that says it is Latin-1 is, as browsers read it, windows-1252.
        if (declared != null && declared.equals(StandardCharsets.ISO_8859_1) && Charset.isSupported("windows-1252")) {
            return Charset.forName("windows-1252");
        }
        return declared != null ? declared : StandardCharsets.UTF_8;
    }

    private static Charset named(Matcher matcher) {
        if (!matcher.find()) {
            return null;
        }
        try {
            return Charset.forName(matcher.group(1));
        } catch (IllegalCharsetNameException | UnsupportedCharsetException unknown) {
            return null;
        }
    }
}
