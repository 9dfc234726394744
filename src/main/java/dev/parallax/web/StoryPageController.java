package dev.parallax.web;

import dev.parallax.compare.StoryComparison;
import dev.parallax.compare.StoryComparisons;
import dev.parallax.outlet.OutletProfiles;
import dev.parallax.question.DiscussionQuestions;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The story page brings two features together: the comparison of its articles and the questions it raises. */
@Controller
class StoryPageController {

    private static final String VIEW_STORY = "stories/story";

    private final StoryComparisons comparisons;
    private final DiscussionQuestions questions;
    private final OutletProfiles profiles;

    StoryPageController(StoryComparisons comparisons, DiscussionQuestions questions, OutletProfiles profiles) {
        this.comparisons = comparisons;
        this.questions = questions;
        this.profiles = profiles;
    }

    @GetMapping("/stories/{id}")
    String story(@PathVariable long id, Model model) {
        StoryComparison comparison = comparisons.of(id);
        model.addAttribute("comparison", comparison);
        model.addAttribute("view", new StoryPageView(comparison));
        model.addAttribute("questions", questions.ofStory(id));
        model.addAttribute("spread", profiles.spread(comparison.articles().stream().map(StoryComparison.ArticleRef::source).toList()));
        model.addAttribute("ogTitle", comparison.title());
        model.addAttribute("description", "%d articles on one story compared: what each source reports, where they differ, what only one says."
                .formatted(comparison.articles().size()));
        return VIEW_STORY;
    }
}
