package dev.parallax.follow;


import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** No feed has this id. */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class FeedNotFoundException extends RuntimeException {

    public FeedNotFoundException(long id) {
        super("There is no feed %d; GET /api/feeds lists the feeds Parallax follows.".formatted(id));
    }
}
