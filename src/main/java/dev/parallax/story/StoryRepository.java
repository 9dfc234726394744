package dev.parallax.story;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.transaction.annotation.Transactional;

import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

interface StoryRepository extends JpaRepository<Story, Long> {

    /** The advisory lock key that story grouping holds; any bigint no other feature uses. */
    long GROUPING_LOCK = 0x5354_4f52_5931L;

    @Query(value = "select story_id from story_article where article_id = :articleId", nativeQuery = true)
    Optional<Long> findStoryIdOfArticle(long articleId);

    @Query(value = "select article_id, story_id from story_article where article_id in (:articleIds)", nativeQuery = true)
    List<Object[]> findMembershipsOfArticles(Collection<Long> articleIds);

    /** The story of each of some articles that have one. */
    default Map<Long, Long> findStoryIdsOfArticles(Collection<Long> articleIds) {
        Map<Long, Long> storyOfArticle = new HashMap<>();
        if (!articleIds.isEmpty()) {
            findMembershipsOfArticles(articleIds).forEach(row ->
                    storyOfArticle.put(((Number) row[0]).longValue(), ((Number) row[1]).longValue()));
        }
        return storyOfArticle;
    }

    /** The articles waiting to be grouped whose time has come, oldest first. */
    @Query(value = """
            select article_id from story_grouping_job where not_before is null or not_before <= now()
            order by article_id limit :count
            """, nativeQuery = true)
    List<Long> findDueGroupingJobs(int count);

    /** Locks an article's job for this transaction; false when it is gone, locked by another, or not yet due. */
    @Query(value = """
            select count(*) > 0 from (select article_id from story_grouping_job
            where article_id = :articleId and (not_before is null or not_before <= now()) for update skip locked) due
            """, nativeQuery = true)
    boolean claimGroupingJob(long articleId);

    /** An article grouping failed on waits a while before it is tried again. */
    @Modifying
    @Query(value = "update story_grouping_job set not_before = :notBefore where article_id = :articleId", nativeQuery = true)
    void postponeGroupingJob(long articleId, Instant notBefore);

    @Modifying
    @Query(value = "delete from story_grouping_job where article_id in (:articleIds)", nativeQuery = true)
    void deleteGroupingJobs(Collection<Long> articleIds);

    @Query(value = "select count(*) from story_grouping_job", nativeQuery = true)
    long countGroupingJobs();

    @Modifying
    @Query(value = "insert into story_article (article_id, story_id) values (:articleId, :storyId) on conflict do nothing",
            nativeQuery = true)
    void addArticle(long storyId, long articleId);

    @Query(value = "select article_id from story_article where story_id = :storyId order by article_id", nativeQuery = true)
    List<Long> findArticleIds(long storyId);

    /** Pairs of story id and article id for some stories. */
    @Query(value = "select story_id, article_id from story_article where story_id in (:storyIds) order by article_id",
            nativeQuery = true)
    List<Object[]> findMemberships(Collection<Long> storyIds);

    @Query("select s from Story s order by s.updatedAt desc, s.id desc")
    List<Story> findAllByRecency();

    @Query("select s from Story s order by s.updatedAt desc, s.id desc")
    List<Story> findAllByRecency(Pageable page);

    @Query("select s.id from Story s order by s.updatedAt desc, s.id desc")
    List<Long> findIdsByRecency(Pageable page);
}
