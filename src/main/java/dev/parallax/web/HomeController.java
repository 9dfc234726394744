package dev.parallax.web;

import dev.parallax.article.ArticleCatalog;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class HomeController {

    private static final String VIEW_HOME = "home";
    private static final int LATEST_ARTICLES = 50;

    private static final int STORIES_SHOWN = 50;

    private final ArticleCatalog articles;
    private final StoryList stories;

    HomeController(ArticleCatalog articles, StoryList stories) {
        this.articles = articles;
        this.stories = stories;
    }

    @GetMapping("/")
    String home(Model model) {
        model.addAttribute("stories", stories.newest(0, STORIES_SHOWN));
        model.addAttribute("articles", articles.latest(LATEST_ARTICLES));
        return VIEW_HOME;
    }

    @GetMapping("/login")
    String login() {
        return "login";
    }
}
