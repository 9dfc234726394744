package dev.parallax.outlet;

import dev.parallax.article.ArticleCatalog;
import dev.parallax.ingest.ArticleIngestion;
import dev.parallax.ingest.IncomingDocument;
import dev.parallax.support.IntegrationTest;
import dev.parallax.support.OutletCoverage;
import dev.parallax.support.Stories;
import dev.parallax.support.TestArticles;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.util.UriUtils;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** What the admin tells of outlets: kept, shown on the outlet and as a spread on its stories, never built in. */
@IntegrationTest
class OutletProfilesIntegrationTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    ArticleIngestion ingestion;
    @Autowired
    ArticleCatalog articles;

    private static URI at(String prefix, String source) {
        return URI.create(prefix + UriUtils.encodePath(source, StandardCharsets.UTF_8));
    }

    private long story(List<OutletCoverage.Report> reports) {
        List<Long> ids = new ArrayList<>();
        for (OutletCoverage.Report report : reports) {
            ids.add(ingestion.ingest(new IncomingDocument("report.txt", report.text().getBytes(StandardCharsets.UTF_8))).article().id());
        }
        return Stories.formedBy(articles, ids);
    }

    private static List<String> validHtmlErrors(String html) throws Exception {
        nu.validator.client.EmbeddedValidator validator = new nu.validator.client.EmbeddedValidator();
        validator.setOutputFormat(nu.validator.client.EmbeddedValidator.OutputFormat.GNU);
        String report = validator.validate(new java.io.ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));
        return report.lines().filter(line -> line.contains("error")).toList();
    }

    private String page(String path) throws Exception {
        return mvc.perform(get(path)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    @Test
    void theAdminsScaleAndProfilesAreKeptShownAndSpreadOverAStorysOutlets() throws Exception {
        String first = "Alpenpost " + TestArticles.uniqueWord();
        String second = "Talbote " + TestArticles.uniqueWord();
        long storyId = story(OutletCoverage.of(List.of(first, second), LocalDate.of(2017, 2, 2)));
        String scale = "{\"labels\": [\"" + TestArticles.uniqueWord() + "\", \"centre\", \"" + TestArticles.uniqueWord() + "\"]}";

        mvc.perform(put("/api/outlet-leans").contentType(MediaType.APPLICATION_JSON).content(scale)).andExpect(status().isUnauthorized());
        String labels = mvc.perform(put("/api/outlet-leans").with(httpBasic("admin", IntegrationTest.ADMIN_PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content(scale))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        String left = com.jayway.jsonpath.JsonPath.read(labels, "$.labels[0]");
        assertThat(page("/stories/" + storyId)).as("no outlet has a lean yet").doesNotContain("spread-bar");

        String etag = mvc.perform(get(at("/outlets/", first))).andExpect(status().isOk()).andReturn().getResponse().getHeader("ETag");
        assertThat(etag).as("outlet pages are cached like the others").isNotBlank();
        mvc.perform(get(at("/outlets/", first)).header("If-None-Match", etag)).andExpect(status().isNotModified());

        mvc.perform(put(at("/api/outlets/", first)).with(httpBasic("admin", IntegrationTest.ADMIN_PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"country\": \"Austria\", \"owner\": \"<Verlag> & Söhne\", \"lean\": \"" + left + "\"}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.lean").value(left));
        mvc.perform(get(at("/api/outlets/", first))).andExpect(jsonPath("$.country").value("Austria"))
                .andExpect(jsonPath("$.owner").value("<Verlag> & Söhne")).andExpect(jsonPath("$.lean").value(left));
        mvc.perform(get(at("/outlets/", first)).header("If-None-Match", etag)).andExpect(status().isOk());
        assertThat(page("/outlets")).contains("Austria · &lt;Verlag&gt; &amp; Söhne · " + left);
        assertThat(mvc.perform(get(at("/outlets/", first))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString()).contains("&lt;Verlag&gt; &amp; Söhne").doesNotContain("<Verlag>");
        String story = page("/stories/" + storyId);
        assertThat(validHtmlErrors(story)).as("Nu HTML Checker on the story page with its spread").isEmpty();
        String admin = mvc.perform(get("/admin/outlets").with(user("admin").roles("ADMIN"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(admin).contains("&lt;Verlag&gt; &amp; Söhne").contains("selected");
        assertThat(validHtmlErrors(admin)).as("Nu HTML Checker on the admin's outlet page").isEmpty();
        assertThat(story).contains("spread-bar").contains(left + ": 1 outlet").contains("centre: 0 outlets")
                .contains("no lean given: 1");

        mvc.perform(put(at("/api/outlets/", second)).with(httpBasic("admin", IntegrationTest.ADMIN_PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"lean\": \"far away\"}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.error").value(containsString("not on the scale")));
        mvc.perform(put(at("/api/outlets/", "No such " + TestArticles.uniqueWord())).with(httpBasic("admin", IntegrationTest.ADMIN_PASSWORD))
                .contentType(MediaType.APPLICATION_JSON).content("{\"country\": \"Peru\"}")).andExpect(status().isNotFound());

        // A scale without the label takes it from the outlets that had it.
        mvc.perform(put("/api/outlet-leans").with(httpBasic("admin", IntegrationTest.ADMIN_PASSWORD))
                .contentType(MediaType.APPLICATION_JSON).content("{\"labels\": [\"centre\"]}")).andExpect(status().isOk());
        mvc.perform(get(at("/api/outlets/", first))).andExpect(jsonPath("$.lean").doesNotExist())
                .andExpect(jsonPath("$.country").value("Austria"));
        Thread.sleep(1100); // a version read from the database is trusted this long
        assertThat(page("/stories/" + storyId)).doesNotContain("spread-bar");
    }

    @Test
    void theAdminPageNeedsTheAdminAndACsrfToken() throws Exception {
        mvc.perform(get("/admin/outlets")).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/login"));
        mvc.perform(get("/admin/outlets").with(user("admin").roles("ADMIN"))).andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content().string(containsString("Your scale of leans")));
        mvc.perform(post("/admin/outlets/scale").param("labels", "public\ncommercial").with(user("admin").roles("ADMIN")))
                .andExpect(status().isForbidden());
        mvc.perform(post("/admin/outlets/scale").param("labels", "public\ncommercial\n").with(user("admin").roles("ADMIN")).with(csrf()))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/admin/outlets"));
        mvc.perform(get("/api/outlet-leans")).andExpect(jsonPath("$.labels[0]").value("public"))
                .andExpect(jsonPath("$.labels[1]").value("commercial")).andExpect(jsonPath("$.labels.length()").value(2));
        mvc.perform(post("/admin/outlets/profile").param("source", "No such " + TestArticles.uniqueWord()).param("country", "Chile")
                .with(user("admin").roles("ADMIN")).with(csrf())).andExpect(status().isNotFound());
    }
}
