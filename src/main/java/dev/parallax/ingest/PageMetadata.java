package dev.parallax.ingest;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * What a page says about its article, from the most to the least reliable of its signals: JSON-LD, microdata, Open
 * Graph and other meta tags, the page's own elements, its {@code <title>}, its address.
 *
 * @param title     the headline as the page prints it, never the {@code <title>} with " | Outlet"
 * @param source    the outlet: og:site_name, the JSON-LD publisher, a name the title gives that spells the host, or the host
 * @param url       the canonical address
 * @param published when it was published
 * @param author    the byline's names joined with " and "
 * @param language  the language tag, such as en or en-GB
 */
record PageMetadata(String title, String source, String url, PublishedTime published, String author, String language) {

    /** " | ", " - ", " — ", " · " and the like between the parts of a {@code <title>}. */
    private static final Pattern TITLE_SEPARATOR = Pattern.compile("\\s+[|\\-–—·•»:]{1,2}\\s+|\\s*\\|\\s*");
    private static final Pattern BY = Pattern.compile("^(?i)(written\\s+)?by\\s+");
    private static final Pattern ROLE = Pattern.compile(
            "(?i),?\\s*(staff writer|staff reporter|reporter|correspondent|news reporter|editor|contributor|special to .*|for .*)$");
    private static final Pattern NAME_SPLIT = Pattern.compile("\\s*(?:,|\\band\\b|&)\\s*");
    private static final String[] DATE_METAS = {"article:published_time", "og:published_time", "published_time",
            "datepublished", "parsely-pub-date", "sailthru.date", "pubdate", "publishdate", "publish-date", "publish_date",
            "dc.date.issued", "dc.date", "dcterms.created", "dcterms.date", "date", "article.published", "og:pubdate"};

    static PageMetadata read(Document page, JsonLd ld, URI address, PublishedTime hint) {
        String source = firstNonBlank(meta(page, "og:site_name"), ld.publisher(), microdata(page, "publisher", "name"),
                meta(page, "application-name"));
        String host = address == null ? null : hostName(address);
        if (source == null) {
            source = outletFromTitle(page.title(), host);
        }
        if (source == null) {
            source = host;
        }
        String title = headline(page, ld, source);
        return new PageMetadata(title, source, canonical(page, ld, address), published(page, ld, address, hint),
                author(page, ld), language(page, ld));
    }

    /**
     * The headline: an {@code h1} that agrees with what the metadata calls the title (the page prints it; og:title
     * may be an SEO title), else the JSON-LD or microdata headline, og:title, the {@code <title>} without the outlet.
     */
    private static String headline(Document page, JsonLd ld, String source) {
        List<String> declared = new ArrayList<>();
        for (String candidate : new String[]{ld.headline(), microdata(page, null, "headline"), meta(page, "og:title"),
                meta(page, "twitter:title")}) {
            if (candidate != null && !candidate.isBlank()) {
                declared.add(normalise(candidate));
            }
        }
        String titleTag = cleanTitle(page.title(), source);
        List<String> printed = page.select("h1, [itemprop=headline], h2.entry-title, [data-testid=headline]").stream()
                .map(element -> normalise(element.text())).filter(text -> text.length() >= 10).toList();
        for (String text : printed) {
            if (declared.stream().anyMatch(title -> similar(title, text))) {
                return text;
            }
        }
        if (!declared.isEmpty()) {
            return declared.getFirst();
        }
        // Only the <title> to go by: the printed headline that carries its words, else the <title> itself.
        for (String text : printed) {
            if (titleTag == null || words(text).containsAll(words(titleTag))) {
                return text;
            }
        }
        return titleTag != null ? normalise(titleTag) : printed.isEmpty() ? null : printed.getFirst();
    }

    /** Most of the words of the shorter appear in the longer. */
    static boolean similar(String a, String b) {
        Set<String> left = words(a);
        Set<String> right = words(b);
        if (left.isEmpty() || right.isEmpty()) {
            return false;
        }
        Set<String> shorter = left.size() <= right.size() ? left : right;
        Set<String> longer = shorter == left ? right : left;
        long shared = shorter.stream().filter(longer::contains).count();
        return shared * 10 >= shorter.size() * 8L && shorter.size() * 2 >= longer.size();
    }

    private static Set<String> words(String text) {
        return Arrays.stream(text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")).filter(w -> !w.isEmpty())
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    /** The {@code <title>} without the parts that name the outlet or the section: its longest part. */
    static String cleanTitle(String title, String source) {
        if (title == null || title.isBlank()) {
            return null;
        }
        String[] parts = TITLE_SEPARATOR.split(title.strip());
        if (parts.length == 1) {
            return title.strip();
        }
        String best = null;
        for (String part : parts) {
            String stripped = part.strip();
            if (stripped.isEmpty() || source != null && compact(stripped).equals(compact(source))) {
                continue;
            }
            if (best == null || stripped.length() > best.length()) {
                best = stripped;
            }
        }
        return best;
    }

    /** A part of the {@code <title>} that spells the host's name ("Sound Shore Courier" on soundshorecourier.example). */
    private static String outletFromTitle(String title, String host) {
        if (title == null || host == null) {
            return null;
        }
        String hostName = compact(host.replaceFirst("^(www|m|amp|news)\\.", "").replaceFirst("\\.[^.]+$", ""));
        for (String part : TITLE_SEPARATOR.split(title.strip())) {
            String letters = compact(part.replaceFirst("(?i)^the\\s+", ""));
            if (!letters.isEmpty() && (letters.equals(hostName) || compact(part).equals(hostName))) {
                return part.strip();
            }
        }
        return null;
    }

    private static String compact(String text) {
        return java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFKD)
                .replaceAll("[^\\p{Alnum}]", "").toLowerCase(Locale.ROOT);
    }

    private static String canonical(Document page, JsonLd ld, URI address) {
        String found = firstNonBlank(page.select("link[rel~=(?i)^canonical$]").attr("href"), meta(page, "og:url"), ld.url());
        if (found == null) {
            return address == null ? null : address.toString();
        }
        try {
            URI canonical = address == null ? new URI(found.strip()) : address.resolve(new URI(found.strip().replace(" ", "%20")));
            String scheme = canonical.getScheme();
            return scheme != null && (scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"))
                    ? canonical.toString() : address == null ? null : address.toString();
        } catch (java.net.URISyntaxException | IllegalArgumentException malformed) {
            return address == null ? null : address.toString();
        }
    }

    private static PublishedTime published(Document page, JsonLd ld, URI address, PublishedTime hint) {
        PublishedTime found = PublishedTime.parse(ld.datePublished());
        if (found != null) {
            return found;
        }
        Element itemprop = page.selectFirst("[itemprop=datePublished]");
        if (itemprop != null) {
            found = PublishedTime.parse(firstNonBlank(itemprop.attr("content"), itemprop.attr("datetime"), itemprop.text()));
            if (found != null) {
                return found;
            }
        }
        for (String name : DATE_METAS) {
            found = PublishedTime.parse(meta(page, name));
            if (found != null) {
                return found;
            }
        }
        for (Element time : page.select("article time[datetime], main time[datetime], time[pubdate], time[datetime]")) {
            found = PublishedTime.parse(time.attr("datetime"));
            if (found != null) {
                return found;
            }
        }
        // Printed for readers, in an element that says it holds a date.
        for (Element element : page.select("[class~=(?i)date|time|publish|posted], [id~=(?i)date|publish]")) {
            found = PublishedTime.fromProse(element.ownText().isBlank() ? element.text() : element.ownText());
            if (found != null) {
                return found;
            }
        }
        if (hint != null) {
            return hint;
        }
        return address == null ? null : PublishedTime.fromAddress(address.getPath());
    }

    private static String author(Document page, JsonLd ld) {
        List<String> names = ld.authors();
        if (names.isEmpty()) {
            String named = firstNonBlank(nonAddress(meta(page, "author")), nonAddress(meta(page, "parsely-author")),
                    nonAddress(meta(page, "byl")), nonAddress(meta(page, "article:author")), nonAddress(meta(page, "dc.creator")),
                    microdata(page, "author", "name"), text(page.selectFirst("[rel=author]")),
                    text(page.selectFirst("[class~=(?i)byline|author-name|writer], [itemprop=author]")));
            if (named != null) {
                names = names(named);
            }
        } else {
            names = names.stream().flatMap(name -> names(name).stream()).toList();
        }
        return names.isEmpty() ? null : String.join(" and ", new LinkedHashSet<>(names));
    }

    /** "By Dana Whitfield and Marcus Obi, Staff Writers" is Dana Whitfield and Marcus Obi. */
    private static List<String> names(String byline) {
        String text = ROLE.matcher(BY.matcher(normalise(byline)).replaceFirst("")).replaceFirst("");
        List<String> names = new ArrayList<>();
        for (String part : NAME_SPLIT.split(text)) {
            String name = ROLE.matcher(part.strip()).replaceFirst("").strip();
            if (!name.isEmpty() && name.length() <= 60 && !name.contains("http")) {
                names.add(name);
            }
        }
        return names;
    }

    private static String language(Document page, JsonLd ld) {
        Element html = page.selectFirst("html");
        String tag = firstNonBlank(html == null ? null : html.attr("lang"), html == null ? null : html.attr("xml:lang"),
                page.select("meta[http-equiv~=(?i)content-language]").attr("content"), meta(page, "og:locale"),
                ld.language());
        if (tag == null) {
            return null;
        }
        String clean = tag.strip().replace('_', '-');
        int comma = clean.indexOf(',');
        clean = comma > 0 ? clean.substring(0, comma) : clean;
        return clean.matches("(?i)[a-z]{2,3}(-[a-z0-9]{2,8})*") ? clean : null;
    }

    static String meta(Document page, String name) {
        for (Element meta : page.select("meta[property], meta[name], meta[itemprop]")) {
            String key = firstNonBlank(meta.attr("property"), meta.attr("name"), meta.attr("itemprop"));
            if (key != null && key.equalsIgnoreCase(name) && !meta.attr("content").isBlank()) {
                return meta.attr("content").strip();
            }
        }
        return null;
    }

    /** An itemprop of the page's schema.org microdata, optionally inside an item of another property. */
    private static String microdata(Document page, String within, String property) {
        String selector = within == null ? "[itemprop=" + property + "]" : "[itemprop=" + within + "] [itemprop=" + property + "]";
        Element element = page.selectFirst(selector);
        if (element == null) {
            return null;
        }
        return firstNonBlank(element.attr("content"), element.text());
    }

    private static String nonAddress(String value) {
        return value == null || value.startsWith("http") || value.startsWith("/") ? null : value;
    }

    private static String text(Element element) {
        return element == null ? null : element.text();
    }

    static String hostName(URI address) {
        String host = address.getHost();
        return host == null ? null : host.toLowerCase(Locale.ROOT).replaceFirst("^www\\.", "");
    }

    static String normalise(String text) {
        return text.replace('\u00A0', ' ').replaceAll("\\s+", " ").strip();
    }

    static String firstNonBlank(String... values) {
        for (String value : values) {
            if (value != null && !value.isBlank()) {
                return value.strip();
            }
        }
        return null;
    }
}
