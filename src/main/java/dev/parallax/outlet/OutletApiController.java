package dev.parallax.outlet;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

@RestController
class OutletApiController {

    private final Outlets outlets;
    private final OutletProfiles profiles;

    OutletApiController(Outlets outlets, OutletProfiles profiles) {
        this.outlets = outlets;
        this.profiles = profiles;
    }

    /** The scale of leans the admin defined, in order; outlets' leans are its labels. */
    record LeanScale(List<String> labels) {
    }

    @GetMapping("/api/outlet-leans")
    LeanScale scale() {
        return new LeanScale(profiles.scale());
    }

    /** Admin: replaces the scale; outlets whose lean is no longer on it lose it. */
    @PutMapping("/api/outlet-leans")
    LeanScale defineScale(@RequestBody LeanScale scale) {
        profiles.setScale(scale.labels() == null ? List.of() : scale.labels());
        return new LeanScale(profiles.scale());
    }

    /** Admin: what the admin tells of an outlet (country, owner, lean); a field left out or blank is cleared. */
    @PutMapping("/api/outlets/{*source}")
    OutletProfile describe(@PathVariable String source, @RequestBody OutletProfile profile) {
        return profiles.set(OutletNames.fromPath(source), profile);
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
