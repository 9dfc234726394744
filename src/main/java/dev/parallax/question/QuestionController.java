package dev.parallax.question;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.util.List;

@Controller
class QuestionController {

    private static final String VIEW_QUESTIONS = "questions/list";

    private final DiscussionQuestions questions;

    QuestionController(DiscussionQuestions questions) {
        this.questions = questions;
    }

    @GetMapping("/questions")
    String list(@RequestParam(required = false) Long storyId, @RequestParam(required = false) Question.Origin origin,
                @RequestParam(defaultValue = "0") int page, Model model) {
        if (storyId != null) {
            DiscussionQuestions.StoryQuestions story = questions.ofStory(storyId, origin);
            model.addAttribute("stories", story.questions().isEmpty() ? List.of() : List.of(story));
            model.addAttribute("selectedStory", story);
        } else {
            DiscussionQuestions.QuestionPage shown = questions.page(origin, page);
            model.addAttribute("stories", shown.stories());
            model.addAttribute("page", shown.page());
            model.addAttribute("hasNext", shown.hasNext());
        }
        model.addAttribute("storyId", storyId);
        model.addAttribute("origin", origin);
        return VIEW_QUESTIONS;
    }
}
