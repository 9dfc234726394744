package dev.parallax.support;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.core.annotation.AliasFor;
import org.springframework.test.context.TestPropertySource;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** The whole portal on a real PostgreSQL, with MockMvc; every such test shares one context and one database. */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest
@AutoConfigureMockMvc
@Import(TestDatabaseConfiguration.class)
@TestPropertySource(properties = {
        "parallax.admin-password=" + IntegrationTest.ADMIN_PASSWORD,
        "parallax.index-dir=target/test-index-${random.uuid}",
        // Spring keeps each test context alive for the run: an idle one holds one connection, not ten, so that the
        // suite's contexts and nodes fit in the local PostgreSQL's 100 connections beside other builds.
        "spring.datasource.hikari.minimum-idle=1",
        "spring.datasource.hikari.idle-timeout=10000"
})
public @interface IntegrationTest {

    /** RANDOM_PORT for tests that need the real servlet container, such as its error pages. */
    @AliasFor(annotation = SpringBootTest.class, attribute = "webEnvironment")
    SpringBootTest.WebEnvironment webEnvironment() default SpringBootTest.WebEnvironment.MOCK;

    String ADMIN_PASSWORD = "test-admin-password";
}
