package dev.parallax.web;

import dev.parallax.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;

/** Errors as a browser or a program sees them from the real servlet container. */
@IntegrationTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class ErrorResponsesIntegrationTest {

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpRequest.Builder at(String path) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
    }

    @Test
    void unknownPagesGetTheFriendlyNotFoundPage() throws Exception {
        for (String path : new String[]{"/articles/987654321", "/no/such/page"}) {
            HttpResponse<String> response = send(at(path).header("Accept", "text/html"));

            assertThat(response.statusCode()).isEqualTo(404);
            assertThat(response.body()).contains("We could not find that page").contains("<main id=\"main\">")
                    .doesNotContain("Exception").doesNotContain("Whitelabel");
        }
    }

    @Test
    void malformedArticleIdGetsAnErrorPageWithoutAStackTrace() throws Exception {
        HttpResponse<String> response = send(at("/articles/abc").header("Accept", "text/html"));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("not understood").doesNotContain("Exception").doesNotContain("at dev.");
    }

    @Test
    void apiErrorsOutsideControllersAreJsonWithASentence() throws Exception {
        String admin = "Basic " + Base64.getEncoder().encodeToString(("admin:" + IntegrationTest.ADMIN_PASSWORD).getBytes());
        HttpResponse<String> pdf = send(at("/api/articles").header("Authorization", admin)
                .header("Content-Type", "application/pdf").POST(HttpRequest.BodyPublishers.ofByteArray(new byte[]{1, 2})));
        HttpResponse<String> missing = send(at("/api/nothing-here"));

        assertThat(pdf.statusCode()).isEqualTo(415);
        assertThat(pdf.body()).contains("\"error\":\"");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.body()).contains("\"error\":\"There is nothing at this address.\"")
                .contains("\"status\":404").contains("\"detail\":\"There is nothing at this address.\"");
    }

    @Test
    void aSearchAsLongAsAPastedPageGetsTheApisErrorAndTheSearchPagesMessage() throws Exception {
        String query = "word ".repeat(24 * 1024 / 5);

        HttpResponse<String> api = send(at("/api/search?q=" + query.replace(" ", "+")));
        HttpResponse<String> page = send(at("/search?q=" + query.replace(" ", "+")).header("Accept", "text/html"));

        assertThat(api.statusCode()).isEqualTo(400);
        assertThat(api.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).contains("json"));
        assertThat(api.body()).contains("\"error\":\"Searches are limited to").doesNotContain("<html");
        assertThat(page.statusCode()).isEqualTo(400);
        assertThat(page.body()).contains("<main id=\"main\"").contains("role=\"alert\">Searches are limited to");
    }

    @Test
    void requestsTomcatRejectsBeforeThePortalStillGetThePortalsErrorFormat() throws Exception {
        String huge = "x".repeat(100_000);
        HttpResponse<String> page = send(at("/articles/1").header("Accept", "text/html").header("X-Padding", huge));
        HttpResponse<String> api = send(at("/api/articles").header("X-Padding", huge));
        HttpResponse<String> longAddress = send(at("/search?q=" + huge).header("Accept", "text/html"));

        assertThat(page.statusCode()).isEqualTo(400);
        assertThat(page.body()).contains("<main id=\"main\">").contains("The request was not understood")
                .contains("href=\"/css/parallax.css\"").doesNotContain("Apache Tomcat");
        assertThat(api.statusCode()).isEqualTo(400);
        assertThat(api.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).contains("json"));
        assertThat(api.body()).contains("\"error\":\"The request was not understood. Check the address and try again.\"")
                .contains("\"status\":400");
        assertThat(longAddress.statusCode()).isBetween(400, 431);
        assertThat(longAddress.body()).contains("<main id=\"main\">").doesNotContain("Apache Tomcat");
    }
}
