package dev.parallax.outlet;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;
import java.util.Optional;

/**
 * What each outlet published, counted in PostgreSQL: one aggregate over articles, their outlets and their stories,
 * where walking every article through the article and story features would read them all into memory.
 */
@Component
@Transactional(readOnly = true)
class OutletCatalog {

    /** An article's publication as its summary gives it: date-time in UTC, else the date; ISO text sorts in time order. */
    private static final String PUBLISHED = """
            coalesce(to_char(a.published_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"'), to_char(a.published_on, 'YYYY-MM-DD'))
            """;
    private static final String SUMMARIES = """
            select s.name as source, count(*) as articles, count(distinct sa.story_id) as stories,
                   min(%1$s) as first_published, max(%1$s) as last_published, p.country, p.owner, p.lean
            from source s join article a on a.source_id = s.id left join story_article sa on sa.article_id = a.id
                 left join outlet_profile p on p.source_id = s.id
            """.formatted(PUBLISHED);
    private static final String BY_OUTLET = " group by s.id, s.name, p.country, p.owner, p.lean";

    private final JdbcClient jdbc;

    OutletCatalog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Every outlet with an article, those with most articles first. */
    List<OutletSummary> all() {
        return jdbc.sql(SUMMARIES + BY_OUTLET + " order by count(*) desc, s.name")
                .query(OutletSummary.class).list();
    }

    Optional<OutletSummary> summary(String source) {
        return jdbc.sql(SUMMARIES + " where s.name = :name" + BY_OUTLET).param("name", source)
                .query(OutletSummary.class).optional();
    }

    /** The outlet's articles, latest published (or, undated, latest stored) first. */
    List<Long> articleIds(String source) {
        return jdbc.sql("""
                        select a.id from article a join source s on s.id = a.source_id where s.name = :name
                        order by coalesce(a.published_at, a.published_on::timestamp at time zone 'UTC', a.ingested_at) desc, a.id desc
                        """)
                .param("name", source).query(Long.class).list();
    }
}
