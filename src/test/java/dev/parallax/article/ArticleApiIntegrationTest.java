package dev.parallax.article;

import dev.parallax.support.IntegrationTest;
import dev.parallax.support.TestArticles;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class ArticleApiIntegrationTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    ArticleRepository articles;
    @Autowired
    ArticleCatalog catalog;

    private ResultActions postText(byte[] body, String name) throws Exception {
        return mvc.perform(post("/api/articles").param("name", name).contentType(MediaType.TEXT_PLAIN).content(body)
                .with(httpBasic("admin", IntegrationTest.ADMIN_PASSWORD)));
    }

    @Test
    void seedsAreIngestedAtStartUpAndHealthIsUp() throws Exception {
        mvc.perform(get("/actuator/health")).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("UP"));
        mvc.perform(get("/api/articles"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].origin", hasItem("002_592e011c8967ab50.txt")));
    }

    @Test
    void newTextIsCreatedOnceAndTheSameTextAgainAnswersTheExistingArticle() throws Exception {
        byte[] text = TestArticles.unique("Northern Pier to Close").getBytes(StandardCharsets.UTF_8);

        String location = postText(text, "pier.txt")
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", startsWith("/api/articles/")))
                .andExpect(jsonPath("$.title").value("Northern Pier to Close"))
                .andExpect(jsonPath("$.titleDerived").value(false))
                .andExpect(jsonPath("$.origin").value("pier.txt"))
                .andReturn().getResponse().getHeader("Location");
        long count = articles.count();

        postText(text, "again.txt").andExpect(status().isOk()).andExpect(jsonPath("$.origin").value("pier.txt"));

        assertThat(articles.count()).isEqualTo(count);
        mvc.perform(get(location)).andExpect(jsonPath("$.blocks[0].kind").value("TITLE"))
                .andExpect(jsonPath("$.blocks[0].index").value(0))
                .andExpect(jsonPath("$.blocks[1].kind").value("PARAGRAPH"));
    }

    @Test
    void rawTextComesBackByteForByte() throws Exception {
        String text = "\uFEFF" + TestArticles.unique("Line Endings Kept").replace("\n", "\r\n") + "  \r\n\r\n";
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        String location = postText(bytes, "crlf.txt").andExpect(status().isCreated())
                .andReturn().getResponse().getHeader("Location");

        byte[] raw = mvc.perform(get(location + "/raw"))
                .andExpect(status().isOk())
                .andExpect(content().contentType("text/plain;charset=UTF-8"))
                .andReturn().getResponse().getContentAsByteArray();

        assertThat(raw).isEqualTo(bytes);
    }

    @Test
    void seedRawTextIsIdenticalToTheFile() throws Exception {
        Path seed = Path.of("seeds", "003_4f5c96a77bf8f4f4.txt");
        String hash = sha256(Files.readAllBytes(seed));
        long id = catalog.withContentHashes(List.of(hash)).get(hash).id();

        byte[] raw = mvc.perform(get("/api/articles/" + id + "/raw")).andReturn().getResponse().getContentAsByteArray();

        assertThat(raw).isEqualTo(Files.readAllBytes(seed));
    }

    @Test
    void multipartUploadIsIngested() throws Exception {
        var file = new MockMultipartFile("file", "ferry.txt", "text/plain",
                TestArticles.unique("Ferries Move to the Southern Pier").getBytes(StandardCharsets.UTF_8));

        mvc.perform(multipart("/api/articles").file(file).with(httpBasic("admin", IntegrationTest.ADMIN_PASSWORD)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.origin").value("ferry.txt"));
    }

    @Test
    void badInputIsRefusedWithAReasonAndLeavesNoRow() throws Exception {
        long before = articles.count();

        postText(new byte[0], "empty.txt").andExpect(status().isBadRequest()).andExpect(jsonPath("$.error").isNotEmpty());
        postText("   \n\n ".getBytes(StandardCharsets.UTF_8), "blank.txt").andExpect(status().isBadRequest());
        postText(new byte[]{0x50, 0x4B, 0x03, 0x04, 0, 0, 0x14}, "zip.txt").andExpect(status().isUnsupportedMediaType())
                .andExpect(jsonPath("$.error").value(org.hamcrest.Matchers.containsString("binary")));
        postText(new byte[]{'c', 'a', 'f', (byte) 0xE9, ' ', 'a', 'u', ' ', 'l', 'a', 'i', 't'}, "latin1.txt")
                .andExpect(status().isUnsupportedMediaType())
                .andExpect(jsonPath("$.error").value(org.hamcrest.Matchers.containsString("UTF-8")));
        postText(("Word ".repeat(300_000)).getBytes(StandardCharsets.UTF_8), "huge.txt").andExpect(status().isPayloadTooLarge());
        postText("1 2 3\n4 5 6\n7 8 9".getBytes(StandardCharsets.UTF_8), "numbers.txt").andExpect(status().isBadRequest());

        assertThat(articles.count()).isEqualTo(before);
    }

    @Test
    void writesNeedTheAdmin() throws Exception {
        byte[] text = TestArticles.unique("Not Allowed").getBytes(StandardCharsets.UTF_8);

        mvc.perform(post("/api/articles").contentType(MediaType.TEXT_PLAIN).content(text))
                .andExpect(status().isUnauthorized()).andExpect(jsonPath("$.error").isNotEmpty());
        mvc.perform(post("/api/articles").contentType(MediaType.TEXT_PLAIN).content(text).with(httpBasic("admin", "wrong")))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void unknownOrMalformedIdsAnswerJsonErrors() throws Exception {
        mvc.perform(get("/api/articles/987654321")).andExpect(status().isNotFound()).andExpect(jsonPath("$.error").isNotEmpty());
        mvc.perform(get("/api/articles/not-a-number")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.error").isNotEmpty())
                .andExpect(content().string(not(org.hamcrest.Matchers.containsString("Exception"))));
    }

    static String sha256(byte[] bytes) throws Exception {
        return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}
