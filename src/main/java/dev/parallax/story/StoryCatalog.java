package dev.parallax.story;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;

/** Reads stories the way pages and the API show them. */
@Component
@Transactional(readOnly = true)
public class StoryCatalog {

    private final StoryRepository stories;

    StoryCatalog(StoryRepository stories) {
        this.stories = stories;
    }

    public List<StorySummary> all() {
        return stories.findAllWithArticles().stream().map(StorySummary::of).toList();
    }

    public StorySummary story(long id) {
        return stories.findWithArticlesById(id).map(StorySummary::of).orElseThrow(() -> new StoryNotFoundException(id));
    }
}
