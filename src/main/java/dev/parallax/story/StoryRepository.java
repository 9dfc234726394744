package dev.parallax.story;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.List;
import java.util.Optional;

interface StoryRepository extends JpaRepository<Story, Long> {

    @Query(value = "select story_id from story_article where article_id = :articleId", nativeQuery = true)
    Optional<Long> findStoryIdOfArticle(long articleId);

    @Query(value = "select id from article where id not in (select article_id from story_article) order by id", nativeQuery = true)
    List<Long> findArticleIdsWithoutStory();

    @EntityGraph(attributePaths = "articleIds")
    @Query("select s from Story s order by s.updatedAt desc, s.id desc")
    List<Story> findAllWithArticles();

    @EntityGraph(attributePaths = "articleIds")
    @Query("select s from Story s where s.id = :id")
    Optional<Story> findWithArticlesById(long id);
}
