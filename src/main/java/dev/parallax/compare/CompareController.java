package dev.parallax.compare;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
class CompareController {

    private static final String VIEW_SIDE_BY_SIDE = "stories/compare";

    private final StoryComparisons comparisons;

    CompareController(StoryComparisons comparisons) {
        this.comparisons = comparisons;
    }

    @GetMapping("/compare")
    String sideBySide(@RequestParam long a, @RequestParam long b, Model model) {
        model.addAttribute("pair", comparisons.sideBySide(a, b));
        return VIEW_SIDE_BY_SIDE;
    }
}
