package dev.parallax.question;

import dev.parallax.ingest.ArticleIngestion;
import dev.parallax.ingest.IncomingDocument;
import dev.parallax.story.StoryCatalog;
import dev.parallax.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class QuestionsIntegrationTest {

    @Autowired
    ArticleIngestion ingestion;
    @Autowired
    StoryCatalog stories;
    @Autowired
    MockMvc mvc;

    @Test
    void aStoryOfOurOwnHasItsPosedAndDerivedQuestionsInApiAndPages() throws Exception {
        long first = ingestion.ingest(new IncomingDocument("ferry-a.txt", """
                Ferry Strike Halts Crossings to Vellmark
                Ferry crews on the Vellmark crossing walked out on Friday over pay, stranding 4,000 passengers at the harbour.
                Union leader Petra Lindqvist said the crews had waited two years for a new contract.
                The operator said it would cost 3 million crowns a week to keep the ferries idle.
                Should essential transport workers have the right to strike?
                1. Who should pay for the ferries while they are idle?
                2. How would you weigh passengers' needs against the crews' pay?""".getBytes(StandardCharsets.UTF_8))).article().id();
        ingestion.ingest(new IncomingDocument("ferry-b.txt", """
                Vellmark Ferry Crews Strike Over Pay
                Ferry crews on the Vellmark crossing went on strike on Friday over pay, leaving 6,000 passengers stranded at the harbour.
                Union leader Petra Lindqvist said the crews had waited two years for a new contract.
                The operator put the cost of idle ferries at 3 million crowns a week.""".getBytes(StandardCharsets.UTF_8)));
        long storyId = awaitStoryOf(first);

        mvc.perform(get("/api/questions").param("storyId", Long.toString(storyId)).param("origin", "SOURCE"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(3))
                .andExpect(jsonPath("$[0].text").value("Should essential transport workers have the right to strike?"))
                .andExpect(jsonPath("$[1].text").value("Who should pay for the ferries while they are idle?"))
                .andExpect(jsonPath("$[1].articleId").value((int) first))
                .andExpect(jsonPath("$[1].evidence[0].blockIndex").isNumber());
        mvc.perform(get("/api/questions").param("storyId", Long.toString(storyId)).param("origin", "DERIVED"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].text", hasItem(containsString("passengers at 4,000"))))
                .andExpect(jsonPath("$[0].origin").value("DERIVED"))
                .andExpect(jsonPath("$[0].evidence.length()").value(2));
        mvc.perform(get("/api/questions").param("origin", "SIDEWAYS")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.error").isNotEmpty());
        mvc.perform(get("/api/questions").param("storyId", "987654")).andExpect(status().isNotFound());

        mvc.perform(get("/questions").param("storyId", Long.toString(storyId)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Who should pay for the ferries while they are idle?")))
                .andExpect(content().string(containsString("#block-")))
                .andExpect(content().string(containsString("raised by the comparison")));
        // Without a story, a page of the newest stories: this one was just updated.
        mvc.perform(get("/api/questions"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].storyId", hasItem((int) storyId)));
        mvc.perform(get("/api/questions").param("page", "100000"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(0));
        mvc.perform(get("/questions").param("page", "-3"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Who should pay for the ferries while they are idle?")));
        mvc.perform(get("/stories/" + storyId))
                .andExpect(content().string(containsString("Questions for discussion")))
                .andExpect(content().string(containsString("right to strike")));
    }

    private long awaitStoryOf(long articleId) {
        return await().atMost(Duration.ofSeconds(30)).alias("article " + articleId + " in a story with its second article")
                .until(() -> stories.all().stream()
                        .filter(s -> s.articleIds().contains(articleId) && s.articleIds().size() >= 2).findFirst(), Optional::isPresent)
                .get().id();
    }
}
