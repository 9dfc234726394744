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
                Model model) {
        List<DiscussionQuestions.StoryQuestions> shown = storyId == null
                ? questions.all(origin)
                : questions.all(origin).stream().filter(story -> story.storyId() == storyId).toList();
        if (storyId != null && shown.isEmpty()) {
            questions.ofStory(storyId); // an unknown story answers 404
        }
        model.addAttribute("stories", shown);
        model.addAttribute("allStories", questions.all(null));
        model.addAttribute("storyId", storyId);
        model.addAttribute("origin", origin);
        return VIEW_QUESTIONS;
    }
}
