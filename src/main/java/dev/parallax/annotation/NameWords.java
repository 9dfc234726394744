package dev.parallax.annotation;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DataAccessException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The words of the names the articles use, lower case ("zelenskyy", "moore"), as the annotations found them: search
 * expands spelling variants for these only, so that "Wes Moore" never finds "was more". Kept in memory, added to as
 * articles are annotated here, and read again from PostgreSQL when other nodes have added to it.
 */
@Component
public class NameWords {

    private static final Logger log = LoggerFactory.getLogger(NameWords.class);

    private final AnnotationStore store;
    private final Set<String> words = ConcurrentHashMap.newKeySet();
    private volatile long known = -1;

    NameWords(AnnotationStore store) {
        this.store = store;
    }

    public boolean contains(String word) {
        return words.contains(word.toLowerCase(Locale.ROOT));
    }

    @EventListener
    void on(ArticleAnnotated event) {
        words.addAll(AnnotationStore.nameWords(event.annotation()));
    }

    /** Reads the words again when the table holds more than this node knows: other nodes annotate too. */
    @Scheduled(initialDelay = 0, fixedDelayString = "${parallax.name-words.refresh-every:30s}")
    void refresh() {
        try {
            long count = store.countNameWords();
            if (count != known) {
                words.addAll(store.allNameWords());
                known = count;
            }
        } catch (DataAccessException unavailable) {
            log.debug("Name words not refreshed: {}", unavailable.getMessage());
        }
    }
}
