package dev.parallax.outlet;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** A name no outlet can have: asked for by mistake or by a probe, answered before the database is asked. */
@ResponseStatus(HttpStatus.BAD_REQUEST)
public class OutletNameRefusedException extends RuntimeException {

    OutletNameRefusedException(String reason) {
        super(reason);
    }
}
