package dev.parallax.article;

import org.springframework.data.domain.Pageable;
import jakarta.persistence.QueryHint;
import org.hibernate.jpa.HibernateHints;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.QueryHints;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.List;
import java.util.Optional;

public interface ArticleRepository extends JpaRepository<Article, Long> {

    // Blocks come by batch fetch: a join would repeat the article's raw text on every block row. Articles are read
    // only to be shown or analysed: read-only, so a long transaction that reads many never dirty-checks them all.
    @EntityGraph(attributePaths = "source")
    @QueryHints(@QueryHint(name = HibernateHints.HINT_READ_ONLY, value = "true"))
    Optional<Article> findWithBlocksById(Long id);

    @Query("select new dev.parallax.article.CorpusFingerprint(count(a), coalesce(max(a.id), 0), coalesce(sum(a.id), 0)) from Article a")
    CorpusFingerprint fingerprint();

    @Query("select new dev.parallax.article.CorpusFingerprint(count(a), coalesce(max(a.id), 0), coalesce(sum(a.id), 0)) from Article a where a.id <= :maxId")
    CorpusFingerprint fingerprintUpTo(long maxId);

    @Query("select a.id from Article a where a.id > :afterId order by a.id")
    List<Long> findIdsAfter(long afterId, Pageable page);

    @EntityGraph(attributePaths = "source")
    @QueryHints(@QueryHint(name = HibernateHints.HINT_READ_ONLY, value = "true"))
    @Query("select a from Article a where a.id in :ids order by a.id")
    List<Article> findWithBlocksByIdIn(List<Long> ids);

    @Query("select a.rawText from Article a where a.id = :id")
    Optional<String> findRawTextById(Long id);
}
