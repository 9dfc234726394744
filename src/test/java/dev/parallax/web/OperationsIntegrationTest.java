package dev.parallax.web;

import dev.parallax.annotation.ArticleAnnotations;
import dev.parallax.article.ArticleCatalog;
import dev.parallax.ingest.ArticleIngestion;
import dev.parallax.ingest.IncomingDocument;
import dev.parallax.support.IntegrationTest;
import dev.parallax.support.TestArticles;
import dev.parallax.text.ArticleAnnotator;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import java.nio.charset.StandardCharsets;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * What operators see: health for anyone as UP or DOWN only, its details and the metrics for the admin, and details
 * that tell the truth (the articles searches see, the articles still to annotate), here on a portal that annotates
 * only on demand, so that the backlog stands still while it is counted.
 */
@IntegrationTest
@TestPropertySource(properties = {"parallax.test.database=on-demand", "parallax.annotation.background=false"})
class OperationsIntegrationTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MeterRegistry meters;
    @Autowired
    ArticleIngestion ingestion;
    @Autowired
    ArticleCatalog catalog;
    @Autowired
    ArticleAnnotations annotations;

    @BeforeEach
    void seedsIn() {
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                mvc.perform(get("/actuator/health")).andExpect(status().isOk()));
    }

    @Test
    void anyoneLearnsWhetherThePortalIsUpAndNothingMore() throws Exception {
        String body = mvc.perform(get("/actuator/health"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("UP"))
                .andExpect(jsonPath("$.components").doesNotExist())
                .andReturn().getResponse().getContentAsString();
        assertThat(body).doesNotContain("index").doesNotContain("path");
        mvc.perform(get("/actuator/health/index")).andExpect(status().isNotFound());
    }

    @Test
    void withBackgroundAnnotationOffNoAnnotationThreadRuns() {
        assertThat(Thread.getAllStackTraces().keySet()).extracting(Thread::getName)
                .noneMatch(name -> name.startsWith("annotation")).contains("story-grouping", "comparisons");
    }

    @Test
    void metricsAndBuildInformationAreTheAdmins() throws Exception {
        for (String endpoint : new String[]{"/actuator/metrics", "/actuator/prometheus", "/actuator/info", "/actuator"}) {
            mvc.perform(get(endpoint))
                    .andExpect(status().isUnauthorized())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                    .andExpect(jsonPath("$.error").isString());
            mvc.perform(get(endpoint).with(httpBasic("admin", "not the password"))).andExpect(status().isUnauthorized());
            mvc.perform(get(endpoint).with(admin())).andExpect(status().isOk());
        }
    }

    @Test
    void theAdminSeesHowManyArticlesSearchesSeeNow() throws Exception {
        ingest("Index Count Check");
        long stored = jdbc.sql("select count(*) from article").query(Long.class).single();

        mvc.perform(get("/actuator/health").with(admin()))
                .andExpect(jsonPath("$.components.index.status").value("UP"))
                .andExpect(jsonPath("$.components.index.details.articles").value((int) stored))
                .andExpect(jsonPath("$.components.following.details.following").isString())
                .andExpect(jsonPath("$.components.db.status").value("UP"));
    }

    @Test
    void thePendingAnnotationsAreCountedWhereverTheyCameFrom() throws Exception {
        long first = ingest("Pending Annotation One");
        long second = ingest("Pending Annotation Two");
        // Grouping annotated them on demand; a newer annotator is deployed: what the older one made waits to be made
        // again, with no event on this node to say so.
        await().atMost(Duration.ofSeconds(30)).until(() -> annotated(first) && annotated(second));
        jdbc.sql("update article_annotation set version = 0 where article_id in (:ids)")
                .param("ids", java.util.List.of(first, second)).update();
        await().atMost(Duration.ofSeconds(40)).untilAsserted(() -> {
            assertThat(pendingGauge()).isEqualTo(unannotated()).isGreaterThanOrEqualTo(2);
            mvc.perform(get("/actuator/health").with(admin()))
                    .andExpect(jsonPath("$.components.analysis.details.annotationPending").value((int) unannotated()));
        });
        long before = unannotated();

        annotations.of(catalog.detail(first));

        assertThat(unannotated()).isEqualTo(before - 1);
        await().atMost(Duration.ofSeconds(40)).untilAsserted(() -> assertThat(pendingGauge()).isEqualTo(before - 1));
    }

    private boolean annotated(long articleId) {
        return jdbc.sql("select count(*) from article_annotation where article_id = :id").param("id", articleId)
                .query(Long.class).single() > 0;
    }

    private long ingest(String headline) {
        return ingestion.ingest(new IncomingDocument(headline.replace(' ', '-') + ".txt",
                TestArticles.unique(headline).getBytes(StandardCharsets.UTF_8))).article().id();
    }

    private long pendingGauge() {
        return Math.round(meters.get("parallax.annotation.pending").gauge().value());
    }

    /** Articles with no annotation by the current annotator. */
    private long unannotated() {
        return jdbc.sql("select count(*) from article a where not exists (select 1 from article_annotation n "
                + "where n.article_id = a.id and n.version = :version)").param("version", ArticleAnnotator.VERSION)
                .query(Long.class).single();
    }

    private static org.springframework.test.web.servlet.request.RequestPostProcessor admin() {
        return httpBasic("admin", IntegrationTest.ADMIN_PASSWORD);
    }
}
