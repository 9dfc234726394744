package dev.parallax.outlet;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

@ResponseStatus(HttpStatus.NOT_FOUND)
public class OutletNotFoundException extends RuntimeException {

    OutletNotFoundException(String source) {
        super("There is no outlet named “%s”; GET /api/outlets lists them.".formatted(source));
    }
}
