package dev.parallax.compare;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
class CompareController {

    private static final String VIEW_STORY = "stories/story";
    private static final String VIEW_SIDE_BY_SIDE = "stories/compare";

    private final StoryComparisons comparisons;

    CompareController(StoryComparisons comparisons) {
        this.comparisons = comparisons;
    }

    @GetMapping("/stories/{id}")
    String story(@PathVariable long id, Model model) {
        StoryComparison comparison = comparisons.of(id);
        model.addAttribute("comparison", comparison);
        model.addAttribute("view", new ComparisonView(comparison));
        return VIEW_STORY;
    }

    @GetMapping("/compare")
    String sideBySide(@RequestParam long a, @RequestParam long b, Model model) {
        model.addAttribute("pair", comparisons.sideBySide(a, b));
        return VIEW_SIDE_BY_SIDE;
    }
}
