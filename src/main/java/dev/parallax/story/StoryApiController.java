package dev.parallax.story;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

@RestController
class StoryApiController {

    private final StoryCatalog stories;

    StoryApiController(StoryCatalog stories) {
        this.stories = stories;
    }

    @GetMapping("/api/stories")
    List<StorySummary> list() {
        return stories.all();
    }
}
