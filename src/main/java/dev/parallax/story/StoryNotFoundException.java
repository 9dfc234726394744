package dev.parallax.story;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

@ResponseStatus(HttpStatus.NOT_FOUND)
public class StoryNotFoundException extends RuntimeException {

    public StoryNotFoundException(long id) {
        super("There is no story " + id + ".");
    }
}
