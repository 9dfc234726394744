package dev.parallax.question;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

@RestController
class QuestionApiController {

    private final DiscussionQuestions questions;

    QuestionApiController(DiscussionQuestions questions) {
        this.questions = questions;
    }

    @GetMapping("/api/questions")
    List<Question> list(@RequestParam(required = false) Long storyId, @RequestParam(required = false) Question.Origin origin,
                        @RequestParam(defaultValue = "0") int page) {
        if (storyId != null) {
            return questions.ofStory(storyId, origin).questions();
        }
        return questions.page(origin, page).stories().stream().flatMap(story -> story.questions().stream()).toList();
    }
}
