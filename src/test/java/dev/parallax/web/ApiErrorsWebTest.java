package dev.parallax.web;

import dev.parallax.search.SearchRefusedException;
import org.apache.catalina.connector.ClientAbortException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.security.autoconfigure.SecurityAutoConfiguration;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterAutoConfiguration;
import org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.security.oauth2.server.resource.introspection.OpaqueTokenIntrospector;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.io.IOException;
import java.io.UncheckedIOException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The API's errors as one shape, made in one place: the web layer alone, with a controller that fails the ways
 * real ones do (the portal's filters that need the database left out).
 */
@WebMvcTest(controllers = ApiErrorsWebTest.Failing.class,
        excludeFilters = @ComponentScan.Filter(type = FilterType.ASSIGNABLE_TYPE,
                classes = {RenderedPages.class, WebConfiguration.class}))
@Import({SecurityConfiguration.class, ApiErrorsWebTest.Failing.class})
@ImportAutoConfiguration({SecurityAutoConfiguration.class, ServletWebSecurityAutoConfiguration.class,
        SecurityFilterAutoConfiguration.class})
@ExtendWith(OutputCaptureExtension.class)
class ApiErrorsWebTest {

    @RestController
    static class Failing {

        @GetMapping("/api/test/refused")
        String refused(@RequestParam String q) {
            throw new SearchRefusedException("Searches are limited to 256 characters.");
        }

        @GetMapping("/api/test/hung-up")
        String hungUp() {
            throw new UncheckedIOException(new ClientAbortException(new IOException("Broken pipe")));
        }

        @GetMapping("/api/test/broken")
        String broken() {
            throw new IllegalStateException("a bug");
        }

        @PostMapping("/api/test/write")
        String write() {
            return "written";
        }
    }

    @MockitoBean
    OpaqueTokenIntrospector tokens;

    @Autowired
    MockMvc mvc;

    @Test
    void aRefusalIsAProblemWithTheSentenceAsItsErrorField() throws Exception {
        mvc.perform(get("/api/test/refused").param("q", "x"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.error").value("Searches are limited to 256 characters."))
                .andExpect(jsonPath("$.detail").value("Searches are limited to 256 characters."))
                .andExpect(jsonPath("$.status").value(400))
                .andExpect(jsonPath("$.title").value("Bad Request"));
    }

    @Test
    void aMissingParameterIsTheSameShape() throws Exception {
        mvc.perform(get("/api/test/refused"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.error").isString())
                .andExpect(jsonPath("$.status").value(400));
    }

    @Test
    void aSecurityRefusalIsWrittenInTheSameShapeOutsideSpringMvc() throws Exception {
        String body = mvc.perform(post("/api/test/write"))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(401))
                .andExpect(jsonPath("$.title").value("Unauthorized"))
                .andReturn().getResponse().getContentAsString();
        assertThat(body).contains("\"error\":\"Sign in as admin");
    }

    @Test
    void aClientThatHungUpIsNoErrorOfThePortal(CapturedOutput log) throws Exception {
        mvc.perform(get("/api/test/hung-up")).andExpect(content().string(""));

        assertThat(log.getOut()).doesNotContain("Unexpected failure").doesNotContain("ERROR").doesNotContain("Broken pipe");
    }

    @Test
    void aRealFailureIsLoggedOnceAndAnsweredWithoutItsStackTrace(CapturedOutput log) throws Exception {
        mvc.perform(get("/api/test/broken"))
                .andExpect(status().isInternalServerError())
                .andExpect(jsonPath("$.error").value("Something went wrong on our side; please try again."))
                .andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("a bug"))));

        assertThat(log.getOut()).contains("Unexpected failure in the API").contains("a bug");
    }
}
