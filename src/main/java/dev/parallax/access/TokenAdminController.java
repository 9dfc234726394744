package dev.parallax.access;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletResponse;

/** The admin's page for API tokens: issue one (shown once), see them all, revoke one. */
@Controller
class TokenAdminController {

    private static final String VIEW_TOKENS = "admin/tokens";

    private final ApiTokens tokens;

    TokenAdminController(ApiTokens tokens) {
        this.tokens = tokens;
    }

    @GetMapping("/admin/tokens")
    String list(Model model) {
        model.addAttribute("tokens", tokens.all());
        return VIEW_TOKENS;
    }

    @PostMapping("/admin/tokens")
    String issue(@RequestParam(defaultValue = "") String name, Model model, HttpServletResponse response) {
        try {
            model.addAttribute("issued", tokens.issue(name));
        } catch (IllegalArgumentException refused) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("problem", refused.getMessage());
        }
        return list(model);
    }

    @PostMapping("/admin/tokens/{id}/revoke")
    String revoke(@PathVariable long id, RedirectAttributes redirect) {
        redirect.addFlashAttribute("revoked", tokens.revoke(id));
        return "redirect:/admin/tokens";
    }
}
