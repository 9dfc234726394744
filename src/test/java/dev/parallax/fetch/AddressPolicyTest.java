package dev.parallax.fetch;

import org.junit.jupiter.api.Test;

import java.net.InetAddress;
import java.net.UnknownHostException;

import static org.assertj.core.api.Assertions.assertThat;

/** Which addresses are not the public internet; checked on addresses, never by sending them anything. */
class AddressPolicyTest {

    @Test
    void loopbackPrivateLinkLocalAndReservedAddressesAreNotPublic() throws UnknownHostException {
        for (String address : new String[]{"127.0.0.1", "127.8.9.10", "10.1.2.3", "172.16.0.1", "172.31.255.255",
                "192.168.1.1", "169.254.169.254", "0.0.0.0", "100.64.0.1", "198.18.0.1", "224.0.0.1", "255.255.255.255",
                "::1", "::", "fe80::1", "fc00::1", "fd12:3456::1", "::ffff:127.0.0.1", "::ffff:10.0.0.1", "64:ff9b::a9fe:a9fe"}) {
            assertThat(AddressPolicy.isNonPublic(InetAddress.getByName(address))).as(address).isTrue();
        }
    }

    @Test
    void publicAddressesArePublic() throws UnknownHostException {
        for (String address : new String[]{"93.184.216.34", "8.8.8.8", "172.32.0.1", "100.128.0.1", "2606:4700::1111"}) {
            assertThat(AddressPolicy.isNonPublic(InetAddress.getByName(address))).as(address).isFalse();
        }
    }

    @Test
    void theWebAddressOfAPageHasOneSpelling() {
        assertThat(WebAddress.key("HTTPS://News.Example:443/a/b?utm_source=rss&id=7&fbclid=x#top"))
                .isEqualTo("https://news.example/a/b?id=7");
        assertThat(WebAddress.key("http://news.example")).isEqualTo("http://news.example/");
        assertThat(WebAddress.key("http://news.example:8080/x?utm_medium=feed")).isEqualTo("http://news.example:8080/x");
        assertThat(WebAddress.key("not an address")).isNull();
    }
}
