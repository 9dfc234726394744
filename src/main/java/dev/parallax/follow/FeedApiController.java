package dev.parallax.follow;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.util.List;

/** /api/feeds: the feeds Parallax follows; reading is public, changing them is the admin's. */
@RestController
class FeedApiController {

    /** The request to follow a feed: its address. */
    record FollowRequest(String url) {
    }

    private final Feeds feeds;

    FeedApiController(Feeds feeds) {
        this.feeds = feeds;
    }

    @GetMapping("/api/feeds")
    List<FeedView> list() {
        return feeds.all();
    }

    @GetMapping("/api/feeds/{id}")
    FeedDetail show(@PathVariable long id) {
        return feeds.detail(id);
    }

    @PostMapping(path = "/api/feeds", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<FeedView> follow(@RequestBody FollowRequest request) {
        Feeds.Followed followed = feeds.follow(request.url());
        if (!followed.created()) {
            return ResponseEntity.ok(followed.feed());
        }
        return ResponseEntity.status(HttpStatus.CREATED).location(URI.create("/api/feeds/" + followed.feed().id()))
                .body(followed.feed());
    }

    @PostMapping("/api/feeds/{id}/poll")
    ResponseEntity<FeedView> poll(@PathVariable long id) {
        return ResponseEntity.status(HttpStatus.ACCEPTED).body(feeds.pollNow(id));
    }

    @DeleteMapping("/api/feeds/{id}")
    ResponseEntity<Void> unfollow(@PathVariable long id) {
        feeds.unfollow(id);
        return ResponseEntity.noContent().build();
    }
}
