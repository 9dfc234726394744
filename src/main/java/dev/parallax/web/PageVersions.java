package dev.parallax.web;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.parallax.compare.StoryComparisons;
import dev.parallax.outlet.OutletProfiles;
import dev.parallax.search.PassageIndex;
import dev.parallax.story.StoryCatalog;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The version of each cacheable page, found before anything is rendered: a page's bytes are a function of its
 * address, its version and the build. Versions come from PostgreSQL (search pages': from this node's index), so
 * every node holding the same data gives the same page the same version. They are remembered for a moment and
 * forgotten as soon as this node changes what they depend on.
 */
@Component
class PageVersions {

    /** What a page depends on, named so that the event that changes it can drop it from caches. */
    static final String CORPUS = "corpus";
    static final String ARTICLES = "articles";
    static final String INDEX = "index";
    static final String OUTLETS = "outlets";

    private static final Pattern ARTICLE = Pattern.compile("/articles/(\\d{1,18})");
    private static final Pattern STORY = Pattern.compile("/stories/(\\d{1,18})");
    private static final Pattern NUMBER = Pattern.compile("\\d{1,18}");

    /** A page's version and the names of what it depends on. */
    record PageVersion(String value, Set<String> dependsOn) {
    }

    /** Remembered under this name: the version of lists that show stored digests beside the corpus. */
    private static final String LISTS = "lists";

    private final StoryCatalog stories;
    private final StoryComparisons comparisons;
    private final OutletProfiles profiles;
    private final PassageIndex index;
    /** Versions read from the database, by what they are the version of ("story:5", "article:7", "corpus"). */
    private final Cache<String, Optional<String>> remembered;

    PageVersions(StoryCatalog stories, StoryComparisons comparisons, OutletProfiles profiles, PassageIndex index,
                 @Value("${parallax.pages.version-ttl:1s}") Duration versionTtl) {
        this.stories = stories;
        this.comparisons = comparisons;
        this.profiles = profiles;
        this.index = index;
        // Bounded in time so that changes made on another node show here within that time.
        this.remembered = Caffeine.newBuilder().expireAfterWrite(versionTtl).maximumSize(100_000).build();
    }

    /** The version of the page a GET request asks for; empty when the page is not cached or does not exist. */
    Optional<PageVersion> of(HttpServletRequest request) {
        String path = request.getRequestURI();
        if (path.equals("/") || path.equals("/outlets") || path.startsWith("/outlets/")) {
            return remember(LISTS, this::listsVersion, Set.of(CORPUS, OUTLETS));
        }
        if (path.equals("/search")) {
            return index.version().map(version -> new PageVersion(version, Set.of(INDEX)));
        }
        if (path.equals("/questions")) {
            String storyId = request.getParameter("storyId");
            if (storyId == null || storyId.isBlank()) {
                return remember(CORPUS, stories::corpusVersion, Set.of(CORPUS));
            }
            return number(storyId).flatMap(id -> storyVersion(id));
        }
        if (path.equals("/compare")) {
            Optional<Long> a = number(request.getParameter("a"));
            Optional<Long> b = number(request.getParameter("b"));
            if (a.isEmpty() || b.isEmpty()) {
                return Optional.empty();
            }
            return articleVersion(a.get()).flatMap(first -> articleVersion(b.get())
                    .map(second -> new PageVersion(first.value() + "|" + second.value(), Set.of(ARTICLES))));
        }
        Matcher story = STORY.matcher(path);
        if (story.matches()) {
            return storyVersion(Long.parseLong(story.group(1)));
        }
        Matcher article = ARTICLE.matcher(path);
        if (article.matches()) {
            return articleVersion(Long.parseLong(article.group(1)));
        }
        return Optional.empty();
    }

    /** Forgets every remembered version: something they depend on changed on this node. */
    void forgetAll() {
        remembered.invalidateAll();
    }

    private Optional<PageVersion> storyVersion(long storyId) {
        // A story's page shows how its outlets spread over the admin's scale of leans.
        return remember("story:" + storyId, () -> stories.version(storyId).map(version -> version + "|" + profiles.version()).orElse(null),
                Set.of(story(storyId), OUTLETS));
    }

    private Optional<PageVersion> articleVersion(long articleId) {
        return remember("article:" + articleId, () -> stories.versionOfArticle(articleId).orElse(null), Set.of(ARTICLES));
    }

    /** Lists and outlets show lines of stories' digests, stored a moment after the story changes: both make the version. */
    private String listsVersion() {
        return stories.corpusVersion() + "|" + comparisons.storedVersion() + "|" + profiles.version();
    }

    static String story(long storyId) {
        return "story:" + storyId;
    }

    private Optional<PageVersion> remember(String key, Supplier<String> read, Set<String> dependsOn) {
        return remembered.get(key, unknown -> Optional.ofNullable(read.get()))
                .map(version -> new PageVersion(version, dependsOn));
    }

    private static Optional<Long> number(String value) {
        return value != null && NUMBER.matcher(value).matches() ? Optional.of(Long.parseLong(value)) : Optional.empty();
    }
}
