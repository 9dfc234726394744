package dev.parallax.article;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.DataClassRowMapper;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/** Reads articles the way pages and the API show them. */
@Component
@Transactional(readOnly = true)
public class ArticleCatalog {

    private static final String SUMMARY_COLUMNS = """
            a.id, a.origin, s.name as source, a.title, a.title_derived, cast(null as bigint) as story_id, a.word_count,
            a.url, coalesce(to_char(a.published_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"'),
                            to_char(a.published_on, 'YYYY-MM-DD')) as published
            """;
    private static final String ARTICLES_WITH_SOURCES = " from article a join source s on s.id = a.source_id ";
    private static final String SUMMARIES = "select " + SUMMARY_COLUMNS + ARTICLES_WITH_SOURCES;
    private static final RowMapper<ArticleSummary> SUMMARY = new DataClassRowMapper<>(ArticleSummary.class);
    /** Articles changed by transactions that a snapshot does not see: committed since it was taken. */
    private static final String CHANGED_SINCE = """
            select article_id, case when min(txid) = max(txid) then cast(min(txid) as text) end as only_transaction
            from article_change
            where txid >= pg_snapshot_xmin(cast(:since as pg_snapshot))
              and not pg_visible_in_snapshot(txid, cast(:since as pg_snapshot))
            group by article_id
            order by article_id
            """;

    private final ArticleRepository articles;
    private final JdbcClient jdbc;
    private final ObjectProvider<StoryMembership> stories;

    ArticleCatalog(ArticleRepository articles, JdbcClient jdbc, ObjectProvider<StoryMembership> stories) {
        this.articles = articles;
        this.jdbc = jdbc;
        this.stories = stories;
    }

    public List<ArticleSummary> all() {
        return withStories(jdbc.sql(SUMMARIES + " order by a.id").query(ArticleSummary.class).list());
    }

    /** The ids of the first articles stored, without anything else. */
    public List<Long> firstIds(int count) {
        return jdbc.sql("select id from article order by id limit :count").param("count", count).query(Long.class).list();
    }

    public List<ArticleSummary> latest(int count) {
        return withStories(jdbc.sql(SUMMARIES + " order by a.ingested_at desc, a.id desc limit :count")
                .param("count", count).query(ArticleSummary.class).list());
    }

    /**
     * The articles stored with these texts' hashes, by hash. An ingest asks before it reads texts (a bulk ingest
     * once for all of them), so this is one statement without a transaction of its own.
     */
    @Transactional(propagation = Propagation.SUPPORTS)
    public Map<String, ArticleSummary> withContentHashes(Collection<String> contentHashes) {
        if (contentHashes.isEmpty()) {
            return Map.of();
        }
        return jdbc.sql("select a.content_hash, " + SUMMARY_COLUMNS + ARTICLES_WITH_SOURCES + " where a.content_hash in (:hashes)")
                .param("hashes", contentHashes)
                .query((row, number) -> Map.entry(row.getString("content_hash"), SUMMARY.mapRow(row, number)))
                .list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    /**
     * The article each of these addresses leads to, by address: its canonical address, or one it was fetched from.
     * One statement, without a transaction of its own, like {@link #withContentHashes}.
     */
    @Transactional(propagation = Propagation.SUPPORTS)
    public Map<String, ArticleSummary> atAddresses(Collection<String> addresses) {
        if (addresses.isEmpty()) {
            return Map.of();
        }
        return jdbc.sql("select d.address, " + SUMMARY_COLUMNS + ARTICLES_WITH_SOURCES
                        + " join article_address d on d.article_id = a.id where d.address in (:addresses)")
                .param("addresses", addresses)
                .query((row, number) -> Map.entry(row.getString("address"), SUMMARY.mapRow(row, number)))
                .list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a));
    }

    /** The article stored with this text, however its bytes differed, if any. */
    @Transactional(propagation = Propagation.SUPPORTS)
    public java.util.Optional<ArticleSummary> withTextHash(String textHash) {
        return jdbc.sql(SUMMARIES + " where a.text_hash = :hash").param("hash", textHash).query(SUMMARY).optional();
    }

    /** The summaries of some articles, in id order. */
    public List<ArticleSummary> summaries(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return withStories(jdbc.sql(SUMMARIES + " where a.id in (:ids) order by a.id").param("ids", ids)
                .query(ArticleSummary.class).list());
    }

    public ArticleDetail detail(long id) {
        ArticleDetail detail = articles.findWithBlocksById(id).map(ArticleDetail::of)
                .orElseThrow(() -> new ArticleNotFoundException(id));
        return detail.withStoryId(storiesOf(List.of(id)).get(id));
    }

    private List<ArticleSummary> withStories(List<ArticleSummary> summaries) {
        Map<Long, Long> storyOf = storiesOf(summaries.stream().map(ArticleSummary::id).toList());
        return storyOf.isEmpty() ? summaries
                : summaries.stream().map(summary -> summary.withStoryId(storyOf.get(summary.id()))).toList();
    }

    private Map<Long, Long> storiesOf(List<Long> ids) {
        StoryMembership membership = stories.getIfAvailable();
        return membership == null || ids.isEmpty() ? Map.of() : membership.storiesOf(ids);
    }

    /** The point the database is at now, as a snapshot that {@link #changesSince} can read from later. */
    public String currentSnapshot() {
        return jdbc.sql("select cast(pg_current_snapshot() as text)").query(String.class).single();
    }

    /**
     * Hands the articles changed since a snapshot to a handler, a page at a time, all read in one repeatable view
     * of the database; that view's snapshot is where the next read starts. Nothing is missed or taken twice
     * however transactions interleave: a transaction is either seen by a snapshot or committed after it.
     * Articles the caller already holds as their change left them (it indexed them at their commit) are not read.
     */
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public ArticleChanges.Read changesSince(String snapshot, int pageSize, boolean withFingerprint,
                                            Predicate<ArticleChanges.Change> alreadyHeld, ArticleChanges.Handler handler) {
        String now = currentSnapshot(); // the first statement fixes the transaction's view
        List<ArticleChanges.Change> changes = jdbc.sql(CHANGED_SINCE).param("since", snapshot)
                .query((row, number) -> new ArticleChanges.Change(row.getLong(1), row.getString(2))).list();
        List<Long> changed = changes.stream().filter(change -> !alreadyHeld.test(change))
                .map(ArticleChanges.Change::articleId).toList();
        for (int from = 0; from < changed.size(); from += pageSize) {
            List<Long> page = changed.subList(from, Math.min(changed.size(), from + pageSize));
            List<ArticleDetail> present = details(page);
            Set<Long> found = new HashSet<>();
            present.forEach(article -> found.add(article.summary().id()));
            handler.apply(present, page.stream().filter(id -> !found.contains(id)).toList());
        }
        return new ArticleChanges.Read(now, changes.size(), withFingerprint ? fingerprint() : null);
    }

    public CorpusFingerprint fingerprint() {
        return articles.fingerprint();
    }

    /** The fingerprint of the articles with ids up to the given one. */
    public CorpusFingerprint fingerprintUpTo(long maxId) {
        return articles.fingerprintUpTo(maxId);
    }

    /** The next articles after an id, in id order, with their blocks: for walking the whole corpus in pages. */
    public List<ArticleDetail> detailsAfter(long afterId, int count) {
        List<Long> ids = articles.findIdsAfter(afterId, PageRequest.of(0, count));
        return ids.isEmpty() ? List.of() : articles.findWithBlocksByIdIn(ids).stream().map(ArticleDetail::of).toList();
    }

    /** Several articles with their blocks, in the order of the ids given; unknown ids are skipped. */
    public List<ArticleDetail> details(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, ArticleDetail> byId = new HashMap<>();
        articles.findWithBlocksByIdIn(ids).forEach(article -> byId.put(article.getId(), ArticleDetail.of(article)));
        return ids.stream().map(byId::get).filter(Objects::nonNull).toList();
    }

    public String rawText(long id) {
        return articles.findRawTextById(id).orElseThrow(() -> new ArticleNotFoundException(id));
    }
}
