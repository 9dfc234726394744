package dev.parallax.outlet;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.util.Arrays;

/** The admin's page of outlets: the scale of leans, and each outlet's country, owner and lean. */
@Controller
class OutletAdminController {

    private static final String VIEW_OUTLETS = "admin/outlets";

    private final Outlets outlets;
    private final OutletProfiles profiles;

    OutletAdminController(Outlets outlets, OutletProfiles profiles) {
        this.outlets = outlets;
        this.profiles = profiles;
    }

    @GetMapping("/admin/outlets")
    String list(Model model) {
        return page(model);
    }

    @PostMapping("/admin/outlets/scale")
    String scale(@RequestParam(defaultValue = "") String labels, Model model, RedirectAttributes redirect) {
        try {
            int cleared = profiles.setScale(Arrays.asList(labels.split("\\R")));
            redirect.addFlashAttribute("notice", cleared == 0 ? "The scale of leans is saved."
                    : "The scale of leans is saved; %d %s no longer on it lost %s lean.".formatted(cleared,
                    cleared == 1 ? "outlet whose lean is" : "outlets whose leans are", cleared == 1 ? "its" : "their"));
            return "redirect:/admin/outlets";
        } catch (OutletProfileRefusedException refused) {
            return refused(refused, model);
        }
    }

    @PostMapping("/admin/outlets/profile")
    String profile(@RequestParam String source, @RequestParam(required = false) String country,
                   @RequestParam(required = false) String owner, @RequestParam(required = false) String lean,
                   Model model, RedirectAttributes redirect) {
        try {
            profiles.set(source, new OutletProfile(country, owner, lean));
            redirect.addFlashAttribute("notice", "Saved what you told of %s.".formatted(source));
            return "redirect:/admin/outlets";
        } catch (OutletProfileRefusedException refused) {
            return refused(refused, model);
        }
    }

    private String refused(RuntimeException refused, Model model) {
        model.addAttribute("error", refused.getMessage());
        return page(model);
    }

    private String page(Model model) {
        model.addAttribute("outlets", outlets.all());
        model.addAttribute("scale", profiles.scale());
        model.addAttribute("scaleText", String.join("\n", profiles.scale()));
        return VIEW_OUTLETS;
    }
}
