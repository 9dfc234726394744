package dev.parallax.outlet;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

@RestController
class OutletApiController {

    private final Outlets outlets;

    OutletApiController(Outlets outlets) {
        this.outlets = outlets;
    }

    @GetMapping("/api/outlets")
    List<OutletSummary> list() {
        return outlets.all();
    }

    /** The rest of the path, slashes and all: a name such as "AP/Reuters" is addressed with its slash as written. */
    @GetMapping("/api/outlets/{*source}")
    OutletDetail outlet(@PathVariable String source) {
        return outlets.of(OutletNames.fromPath(source)).detail();
    }
}
