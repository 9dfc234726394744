package dev.parallax.web;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/** GET /api/stories: here rather than in the story feature, for each story also carries its digest's first line. */
@RestController
class StoryListApiController {

    private final StoryList stories;

    StoryListApiController(StoryList stories) {
        this.stories = stories;
    }

    @GetMapping("/api/stories")
    List<ListedStory> list() {
        return stories.all();
    }
}
