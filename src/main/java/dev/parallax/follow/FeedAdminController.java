package dev.parallax.follow;

import dev.parallax.fetch.FetchException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The admin's page of feeds: add, poll now, remove; each feed's state, and a page of its recent items. */
@Controller
class FeedAdminController {

    private static final String VIEW_FEEDS = "admin/feeds";
    private static final String VIEW_FEED = "admin/feed";

    private final Feeds feeds;

    FeedAdminController(Feeds feeds) {
        this.feeds = feeds;
    }

    @GetMapping("/admin/feeds")
    String list(Model model) {
        model.addAttribute("feeds", feeds.all());
        return VIEW_FEEDS;
    }

    @PostMapping("/admin/feeds")
    String follow(@RequestParam(required = false) String url, Model model, RedirectAttributes redirect) {
        try {
            Feeds.Followed followed = feeds.follow(url);
            redirect.addFlashAttribute("notice", followed.created()
                    ? "Following %s; its first poll runs now.".formatted(followed.feed().url())
                    : "%s is followed already.".formatted(followed.feed().url()));
            return "redirect:/admin/feeds";
        } catch (FetchException refused) {
            model.addAttribute("error", refused.getMessage());
            model.addAttribute("url", url);
            model.addAttribute("feeds", feeds.all());
            return VIEW_FEEDS;
        }
    }

    @GetMapping("/admin/feeds/{id}")
    String show(@PathVariable long id, Model model) {
        model.addAttribute("detail", feeds.detail(id));
        return VIEW_FEED;
    }

    @PostMapping("/admin/feeds/{id}/poll")
    String poll(@PathVariable long id, RedirectAttributes redirect) {
        FeedView feed = feeds.pollNow(id);
        redirect.addFlashAttribute("notice", "Polling %s now.".formatted(feed.title() != null ? feed.title() : feed.url()));
        return "redirect:/admin/feeds/" + id;
    }

    @PostMapping("/admin/feeds/{id}/delete")
    String unfollow(@PathVariable long id, RedirectAttributes redirect) {
        FeedView feed = feeds.detail(id).feed();
        feeds.unfollow(id);
        redirect.addFlashAttribute("notice", "No longer following %s; its articles stay.".formatted(feed.url()));
        return "redirect:/admin/feeds";
    }
}
