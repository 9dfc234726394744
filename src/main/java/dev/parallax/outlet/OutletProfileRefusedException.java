package dev.parallax.outlet;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** A profile or scale the admin gave that cannot be kept, with the reason. */
@ResponseStatus(HttpStatus.BAD_REQUEST)
public class OutletProfileRefusedException extends RuntimeException {

    OutletProfileRefusedException(String reason) {
        super(reason);
    }
}
