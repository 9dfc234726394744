package dev.parallax.web;

import org.apache.catalina.core.StandardHost;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.Context;
import org.thymeleaf.context.IExpressionContext;
import org.thymeleaf.linkbuilder.StandardLinkBuilder;
import org.thymeleaf.spring6.SpringTemplateEngine;

import java.io.IOException;
import java.io.Writer;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Requests that Tomcat rejects before the portal sees them (an address or headers too large) still get the
 * portal's error format: its error page, or {"error": …} under /api, instead of Tomcat's own report. The page is the
 * portal's error template, rendered without a request.
 */
@Component
class RejectedRequestPages implements WebServerFactoryCustomizer<TomcatServletWebServerFactory> {

    private final SpringTemplateEngine pages = new SpringTemplateEngine();
    private final Map<Integer, String> rendered = new ConcurrentHashMap<>();

    RejectedRequestPages(SpringTemplateEngine portalTemplates) {
        pages.setTemplateResolvers(portalTemplates.getTemplateResolvers());
        // No request to take a context path from: the portal runs at the root.
        pages.setLinkBuilder(new StandardLinkBuilder() {
            @Override
            protected String computeContextPath(IExpressionContext context, String base, Map<String, Object> parameters) {
                return "";
            }
        });
    }

    @Override
    public void customize(TomcatServletWebServerFactory factory) {
        factory.addContextCustomizers(context -> {
            if (context.getParent() instanceof StandardHost host) {
                host.setErrorReportValveClass(Valve.class.getName());
                Valve.pages = this;
            }
        });
    }

    String page(int status) {
        return rendered.computeIfAbsent(status, code -> {
            Context model = new Context();
            model.setVariable("status", code);
            model.setVariable("error", FriendlyErrorAttributes.sentenceFor(code));
            model.setVariable("param", new NoQuery(null)); // the layout's search box shows the query, if any
            return pages.process("error", model);
        });
    }

    /** What the layout reads of the request parameters, for a page made without a request. */
    record NoQuery(String q) {
    }

    static String json(int status) {
        return ApiErrors.json(status, FriendlyErrorAttributes.sentenceFor(status));
    }

    /** Tomcat's error report valve, writing the portal's page; Tomcat makes it by name, so it finds the pages here. */
    public static class Valve extends ErrorReportValve {

        static volatile RejectedRequestPages pages;

        @Override
        protected void report(Request request, Response response, Throwable throwable) {
            int status = response.getStatus();
            RejectedRequestPages portal = pages;
            if (portal == null || status < 400 || response.getContentWritten() > 0) {
                super.report(request, response, throwable);
                return;
            }
            AtomicBoolean ioAllowed = new AtomicBoolean(false);
            response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, ioAllowed);
            if (!ioAllowed.get() || !response.setErrorReported()) {
                return;
            }
            String uri = request.getRequestURI();
            boolean api = uri != null && uri.startsWith("/api/");
            try {
                response.setContentType(api ? "application/problem+json" : "text/html");
                response.setCharacterEncoding("UTF-8");
                Writer writer = response.getReporter();
                if (writer != null) {
                    writer.write(api ? json(status) : portal.page(status));
                    response.finishResponse();
                }
            } catch (IOException | IllegalStateException clientGone) {
                // nothing more to say
            } catch (RuntimeException e) {
                org.slf4j.LoggerFactory.getLogger(RejectedRequestPages.class).warn("Could not write the error page", e);
            }
        }
    }
}
