package dev.parallax.article;

import dev.parallax.ingest.ArticleIngestion;
import dev.parallax.ingest.IncomingDocument;
import dev.parallax.support.IntegrationTest;
import dev.parallax.support.TestArticles;
import org.junit.jupiter.api.Test;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import javax.sql.DataSource;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The change log every node's index follows: each transaction that touches an article or its blocks logs it once. */
@IntegrationTest
class ArticleChangeLogIntegrationTest {

    /** The last block of the article named by the statement's :id: removing it leaves no gap. */
    private static final String LAST_POSITION = "(select max(position) from block where article_id = :id)";

    @Autowired
    ArticleIngestion ingestion;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    DataSource dataSource;

    @Test
    void listenersHearOfChangesAndNotOfStatementsThatChangeNothing() throws Exception {
        try (Connection listening = dataSource.getConnection()) {
            try (Statement statement = listening.createStatement()) {
                statement.execute("listen article_changes");
            }
            try {
                long id = ingest("Heard By Listeners");
                assertThat(notifications(listening)).as("an ingest").isPositive();

                inTransaction("update block set text = text where article_id = :id and position < 0", id);
                assertThat(notifications(listening)).as("a statement that changes no block").isZero();

                inTransaction("update block set text = text || ' (corrected)' where article_id = :id and position = 1", id);
                assertThat(notifications(listening)).as("a block changed alone").isPositive();
            } finally {
                try (Statement statement = listening.createStatement()) {
                    statement.execute("unlisten *");
                }
            }
        }
    }

    /** The notifications that reached the connection within half a second. */
    private static int notifications(Connection connection) throws SQLException {
        PGNotification[] received = connection.unwrap(PGConnection.class).getNotifications(500);
        return received == null ? 0 : received.length;
    }

    @Test
    void aChangeToBlocksAloneLogsTheirArticleInItsTransaction() {
        long id = ingest("Blocks Changed Later");

        String edit = inTransaction("update block set text = text || ' (corrected)' where article_id = :id and position = 1", id);
        String removal = inTransaction("delete from block where article_id = :id and position = " + LAST_POSITION, id);

        assertThat(loggedTransactions(id)).hasSize(3).contains(edit, removal);
    }

    @Test
    void aStatementThatChangesNoBlockLogsNothing() {
        long id = ingest("Untouched By An Empty Update");

        inTransaction("update block set text = text where article_id = :id and position < 0", id);

        assertThat(loggedTransactions(id)).hasSize(1);
    }

    @Test
    void aBlockMovedToAnotherArticleLogsBoth() {
        long from = ingest("Block Moved Away");
        long to = ingest("Block Moved Here");

        String move = inTransaction("update block set article_id = " + to + ", position = (select count(*) from block where article_id = "
                + to + ") where article_id = :id and position = " + LAST_POSITION, from);

        assertThat(loggedTransactions(from)).contains(move);
        assertThat(loggedTransactions(to)).contains(move);
    }

    private long ingest(String title) {
        return ingestion.ingest(new IncomingDocument(title + ".txt", TestArticles.unique(title).getBytes(StandardCharsets.UTF_8)))
                .article().id();
    }

    /** Runs one statement in a transaction of its own; returns that transaction's id. */
    private String inTransaction(String sql, long articleId) {
        return transactions.execute(status -> {
            jdbc.sql(sql).param("id", articleId).update();
            return jdbc.sql("select cast(pg_current_xact_id() as text)").query(String.class).single();
        });
    }

    private List<String> loggedTransactions(long articleId) {
        return jdbc.sql("select cast(txid as text) from article_change where article_id = ?").param(articleId)
                .query(String.class).list();
    }
}
