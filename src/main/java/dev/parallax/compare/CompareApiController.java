package dev.parallax.compare;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

@RestController
class CompareApiController {

    private final StoryComparisons comparisons;

    CompareApiController(StoryComparisons comparisons) {
        this.comparisons = comparisons;
    }

    @GetMapping("/api/stories/{id}/comparison")
    StoryComparison comparison(@PathVariable long id) {
        return comparisons.of(id);
    }

    /** What a reader comes to the story for: what most outlets carry, where they differ, what only one reports, when. */
    @GetMapping("/api/stories/{id}/summary")
    StoryDigest summary(@PathVariable long id) {
        return StoryDigest.of(comparisons.of(id));
    }
}
