package dev.parallax.article;

import java.util.Collection;
import java.util.Map;

/**
 * Which story each article belongs to, told by the feature that groups articles into stories: summaries show it,
 * and the article feature never reads that feature's tables.
 */
public interface StoryMembership {

    /** The story of each of the given articles that has one, keyed by article id. */
    Map<Long, Long> storiesOf(Collection<Long> articleIds);
}
