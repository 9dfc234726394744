package dev.parallax.article;

import dev.parallax.ingest.ArticleIngestion;
import dev.parallax.ingest.IncomingDocument;
import dev.parallax.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class ArticlePagesIntegrationTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    ArticleIngestion ingestion;

    private long ingest(String text) {
        return ingestion.ingest(new IncomingDocument("page-test.txt", text.getBytes(StandardCharsets.UTF_8))).article().id();
    }

    @Test
    void articlePageShowsHeadingsParagraphsRelatedLinesAndQuestionsWithAnchors() throws Exception {
        long id = ingest("The museum reopened its east wing on Saturday after a two-year renovation costing 12 million euros.\n"
                + "Visitors queued from early morning, and staff handed out " + UUID.randomUUID() + " tickets.\n"
                + "What changed inside?\n"
                + "Curators moved the sculpture collection to the ground floor and added ramps at both entrances.\n"
                + "Also read: City budget for culture rises again\n"
                + "Should public money pay for museum renovations?\n"
                + "1. Who visits the museum most?\n2. What would you change?");

        String html = mvc.perform(get("/articles/" + id)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();

        assertThat(html).contains("<h1>The museum reopened its east wing on Saturday after a two-year renovation costing 12 million euros</h1>")
                .contains("title above is derived")
                .contains("<h2 id=\"block-2\">What changed inside?</h2>")
                .contains("class=\"related\" id=\"block-4\"")
                .contains("Questions for discussion")
                .contains("<li id=\"block-6\">Who visits the museum most?</li>")
                .contains("<html lang=\"en\"").contains("<main id=\"main\">");
        assertThat(html.split("<h1").length - 1).isEqualTo(1);
    }

    @Test
    void everythingFromAnArticleIsEscaped() throws Exception {
        long id = ingest("Attack <script>alert('x')</script> Headline\n"
                + "The paragraph mentions <img src=x onerror=alert(1)> and & ampersands in the middle of a sentence. "
                + "Reporters from several outlets covered the hearing, which lasted most of the afternoon and ended "
                + "without a decision on the budget, the parks or the new library on the eastern side of town. "
                + "Council members said they would meet again next week to settle the remaining questions. "
                + "Residents who attended the meeting asked for more time to comment on the plans, and the chair agreed "
                + "to publish the full budget online before the next session so that everyone could read it first. "
                + UUID.randomUUID());

        mvc.perform(get("/articles/" + id)).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("<script>alert"))))
                .andExpect(content().string(not(containsString("<img src=x"))))
                .andExpect(content().string(containsString("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;")));
        mvc.perform(get("/")).andExpect(content().string(not(containsString("<script>alert"))));
    }

    @Test
    void homePageListsTheLatestArticlesAndHasTheSearchBox() throws Exception {
        mvc.perform(get("/")).andExpect(status().isOk()).andExpect(content().string(containsString("Latest articles")))
                .andExpect(content().string(containsString("role=\"search\"")));
    }

    @Test
    void loginFormCarriesACsrfToken() throws Exception {
        mvc.perform(get("/login")).andExpect(status().isOk())
                .andExpect(content().string(containsString("name=\"_csrf\"")));
    }
}
