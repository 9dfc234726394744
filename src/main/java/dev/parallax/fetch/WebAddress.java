package dev.parallax.fetch;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * One spelling for each web address, so that the same page reached by a feed's link, a redirect or a page's canonical
 * link is known as the same page: scheme and host in lower case, no default port, no fragment, no tracking
 * parameters (utm_*, fbclid, gclid...).
 */
public final class WebAddress {

    private static final Pattern TRACKING = Pattern.compile(
            "(?i)^(utm_[a-z_]+|fbclid|gclid|dclid|msclkid|mc_cid|mc_eid|ocid|cmpid|icid|_ga|igshid|smid|smtyp|taid|ito|at_medium|at_campaign|ns_mchannel|ns_campaign|ref_src|ref)$");

    private WebAddress() {
    }

    /** The address's one spelling; an address that is not absolute http(s) is returned as it came. */
    public static String key(URI address) {
        String scheme = address.getScheme() == null ? null : address.getScheme().toLowerCase(Locale.ROOT);
        if (address.getHost() == null || !("http".equals(scheme) || "https".equals(scheme))) {
            return address.toString();
        }
        int port = address.getPort();
        boolean defaultPort = port == -1 || scheme.equals("http") && port == 80 || scheme.equals("https") && port == 443;
        StringBuilder key = new StringBuilder(scheme).append("://").append(address.getHost().toLowerCase(Locale.ROOT));
        if (!defaultPort) {
            key.append(':').append(port);
        }
        String path = address.getRawPath();
        key.append(path == null || path.isEmpty() ? "/" : path);
        String query = address.getRawQuery();
        if (query != null) {
            List<String> kept = new ArrayList<>();
            for (String parameter : query.split("&")) {
                String name = parameter.contains("=") ? parameter.substring(0, parameter.indexOf('=')) : parameter;
                if (!parameter.isEmpty() && !TRACKING.matcher(name).matches()) {
                    kept.add(parameter);
                }
            }
            if (!kept.isEmpty()) {
                key.append('?').append(String.join("&", kept));
            }
        }
        return key.toString();
    }

    /** The one spelling of an address given as text; null when it is not an address. */
    public static String key(String address) {
        if (address == null || address.isBlank()) {
            return null;
        }
        try {
            return key(new URI(address.strip()).normalize());
        } catch (URISyntaxException malformed) {
            return null;
        }
    }
}
