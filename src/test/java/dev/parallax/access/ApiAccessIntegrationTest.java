package dev.parallax.access;

import com.jayway.jsonpath.JsonPath;
import dev.parallax.support.IntegrationTest;
import dev.parallax.support.TestArticles;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class ApiAccessIntegrationTest {

    private static final Pattern ISSUED = Pattern.compile("id=\"issued-token\"[^>]*value=\"(plx_[A-Za-z0-9_-]+)\"");

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    private String issue(String name) throws Exception {
        String html = mvc.perform(post("/admin/tokens").param("name", name).with(user("admin").roles("ADMIN")).with(csrf()))
                .andExpect(status().isOk()).andExpect(content().string(containsString("shown only this once")))
                .andReturn().getResponse().getContentAsString();
        Matcher token = ISSUED.matcher(html);
        assertThat(token.find()).as("the page shows the new token").isTrue();
        return token.group(1);
    }

    private static String json(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
    }

    private static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aBearerTokenIngestsManyArticlesEachReportedInOrderAndRefusedOnesLeaveNothing() throws Exception {
        String token = issue("nightly feed");
        String good = TestArticles.unique("Council Approves New Cycle Lanes");
        String other = TestArticles.unique("Library Extends Its Opening Hours");
        String earlier = TestArticles.unique("Museum Reopens After Renovation");
        long earlierId = ((Number) JsonPath.read(mvc.perform(post("/api/articles").param("name", "museum.txt")
                        .header("Authorization", "Bearer " + token).contentType("text/plain").content(earlier))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(), "$.id")).longValue();
        String body = String.join("\n",
                "{\"name\": \"lanes.txt\", \"text\": " + json(good) + "}",
                "{\"name\": \"lanes-again.txt\", \"text\": " + json(good) + "}",
                "{\"name\": \"empty.txt\", \"text\": \"   \"}",
                "this is not json",
                "{\"name\": \"no-text.txt\"}",
                "{\"name\": \"library.txt\", \"text\": " + json(other) + "}",
                "{\"name\": \"museum-again.txt\", \"text\": " + json(earlier) + "}") + "\n";
        long articlesBefore = jdbc.sql("select count(*) from article").query(Long.class).single();

        String answer = mvc.perform(post("/api/articles/bulk").header("Authorization", "Bearer " + token)
                        .contentType("application/x-ndjson").content(body))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$", hasSize(7)))
                .andExpect(jsonPath("$[0].name").value("lanes.txt"))
                .andExpect(jsonPath("$[0].outcome").value("ADDED"))
                .andExpect(jsonPath("$[0].error").value(nullValue()))
                .andExpect(jsonPath("$[1].outcome").value("DUPLICATE"))
                .andExpect(jsonPath("$[2].name").value("empty.txt"))
                .andExpect(jsonPath("$[2].outcome").value("REFUSED"))
                .andExpect(jsonPath("$[2].id").value(nullValue()))
                .andExpect(jsonPath("$[2].error").isNotEmpty())
                .andExpect(jsonPath("$[3].outcome").value("REFUSED"))
                .andExpect(jsonPath("$[3].error", containsString("Line 4 is not JSON")))
                .andExpect(jsonPath("$[4].error", containsString("no \"text\"")))
                .andExpect(jsonPath("$[5].outcome").value("ADDED"))
                .andExpect(jsonPath("$[6].outcome").value("DUPLICATE"))
                .andReturn().getResponse().getContentAsString();
        // A text sent twice is the first one's article; one stored before the request is that article.
        assertThat(((Number) JsonPath.read(answer, "$[1].id")).longValue()).isEqualTo(((Number) JsonPath.read(answer, "$[0].id")).longValue());
        assertThat(((Number) JsonPath.read(answer, "$[6].id")).longValue()).isEqualTo(earlierId);
        assertThat(jdbc.sql("select count(*) from article").query(Long.class).single()).isEqualTo(articlesBefore + 2);
        assertThat(jdbc.sql("select count(*) from article where origin in ('empty.txt', 'no-text.txt')").query(Long.class).single()).isZero();
    }

    @Test
    void multipartBulkTakesSeveralFilesAndHttpBasicStillWorks() throws Exception {
        var first = new MockMultipartFile("file", "one.txt", "text/plain", TestArticles.unique("Harbour Pier Closes").getBytes(StandardCharsets.UTF_8));
        var binary = new MockMultipartFile("file", "photo.jpg", "image/jpeg", new byte[]{(byte) 0xFF, (byte) 0xD8, 0, 0, 1});
        mvc.perform(multipart("/api/articles/bulk").file(first).file(binary)
                        .header("Authorization", basic("admin", IntegrationTest.ADMIN_PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$", hasSize(2)))
                .andExpect(jsonPath("$[0].name").value("one.txt"))
                .andExpect(jsonPath("$[0].outcome").value("ADDED"))
                .andExpect(jsonPath("$[0].id").isNumber())
                .andExpect(jsonPath("$[1].outcome").value("REFUSED"))
                .andExpect(jsonPath("$[1].error", containsString("binary")));
    }

    @Test
    void aRevokedOrUnknownTokenIsRefusedAndTokensAreStoredOnlyAsHashes() throws Exception {
        String token = issue("to revoke");
        List<String> stored = jdbc.sql("select name || ' ' || token_hash from api_token").query(String.class).list();
        assertThat(stored).noneMatch(row -> row.contains(token) || row.contains(token.substring(4)));
        long id = jdbc.sql("select max(id) from api_token where name = 'to revoke'").query(Long.class).single();

        mvc.perform(post("/admin/tokens/" + id + "/revoke").with(user("admin").roles("ADMIN")).with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/admin/tokens").with(user("admin").roles("ADMIN")))
                .andExpect(content().string(containsString("revoked")))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString(token))));
        mvc.perform(post("/api/articles").header("Authorization", "Bearer " + token).with(from("10.20.0.1"))
                        .contentType("text/plain").content(TestArticles.unique("Revoked Token Article")))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.error", containsString("unknown or revoked")));
        mvc.perform(post("/api/articles").header("Authorization", "Bearer plx_guessed").with(from("10.20.0.1"))
                        .contentType("text/plain").content(TestArticles.unique("Guessed Token Article")))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void bulkRequestsOfAnotherKindOrWithNothingInThemAreRefusedWithAReason() throws Exception {
        String token = issue("bad bulk");
        mvc.perform(post("/api/articles/bulk").header("Authorization", "Bearer " + token)
                        .contentType("application/json").content("[]"))
                .andExpect(status().isUnsupportedMediaType());
        mvc.perform(post("/api/articles/bulk").header("Authorization", "Bearer " + token)
                        .contentType("application/x-ndjson").content("\n  \n"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.error", containsString("one JSON object")));
        mvc.perform(post("/api/articles/bulk").contentType("application/x-ndjson").content("{}"))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void tokenNamesAreRequired() throws Exception {
        mvc.perform(post("/admin/tokens").param("name", " ").with(user("admin").roles("ADMIN")).with(csrf()))
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("Name the token")));
        mvc.perform(post("/admin/tokens").param("name", "x")).andExpect(status().isForbidden());
    }

    /** Failed attempts until one is refused with 429 (buckets refill slowly while a test runs): how many failed first. */
    private int failuresUntilThrottled(int atMost, java.util.function.IntFunction<org.springframework.test.web.servlet.RequestBuilder> attempt)
            throws Exception {
        for (int i = 0; i < atMost; i++) {
            int status = mvc.perform(attempt.apply(i)).andReturn().getResponse().getStatus();
            if (status == 429) {
                return i;
            }
            assertThat(status).isIn(401, 302);
        }
        throw new AssertionError("no attempt was throttled in " + atMost);
    }

    @Test
    void repeatedFailedApiAuthenticationsFromOneAddressAreThrottledEvenForTheRightPassword() throws Exception {
        int failures = failuresUntilThrottled(20, i -> post("/api/articles").with(from("10.30.0.1"))
                .header("Authorization", basic("admin", "wrong-" + i)).contentType("text/plain").content("x"));
        assertThat(failures).isGreaterThanOrEqualTo(10);
        mvc.perform(post("/api/articles").with(from("10.30.0.1")).header("Authorization", basic("admin", IntegrationTest.ADMIN_PASSWORD))
                        .contentType("text/plain").content(TestArticles.unique("Throttled Article")))
                .andExpect(status().isTooManyRequests())
                .andExpect(header().exists("Retry-After"))
                .andExpect(jsonPath("$.error", containsString("Too many failed sign-ins")));
        // Another address is not held back by this one's failures.
        mvc.perform(post("/api/articles").with(from("10.30.0.2")).header("Authorization", basic("admin", IntegrationTest.ADMIN_PASSWORD))
                        .contentType("text/plain").content(TestArticles.unique("Unthrottled Article")))
                .andExpect(status().isCreated());
    }

    @Test
    void anAccountGuessedFromManyAddressesIsThrottled() throws Exception {
        int failures = failuresUntilThrottled(80, i -> post("/api/articles").with(from("10.40." + i + ".1"))
                .header("Authorization", basic("mallory", "guess-" + i)).contentType("text/plain").content("x"));
        assertThat(failures).isGreaterThanOrEqualTo(50);
    }

    @Test
    void failedSignInsOnTheFormAreThrottledAndTheLoginPageSaysSo() throws Exception {
        mvc.perform(get("/login")).andExpect(content().string(containsString("failed sign-ins")));
        int failures = failuresUntilThrottled(20, i -> post("/login").with(from("10.50.0.1")).with(csrf())
                .param("username", "admin").param("password", "no-" + i));
        assertThat(failures).isGreaterThanOrEqualTo(10);
        mvc.perform(post("/login").with(from("10.50.0.1")).with(csrf()).param("username", "admin").param("password", "no"))
                .andExpect(status().isTooManyRequests())
                .andExpect(header().exists("Retry-After"));
    }
}
