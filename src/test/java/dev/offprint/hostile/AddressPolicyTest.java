package dev.offprint.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.offprint.source.net.AddressPolicy;
import dev.offprint.source.net.FetchException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** H06: the address classifier on every private-address spelling, and the scheme gate; no DNS is used. */
class AddressPolicyTest {

    /** A resolver that must not be asked: literals and forbidden names are judged without DNS. */
    private static final AddressPolicy.Resolver NO_DNS = host -> { throw new AssertionError("DNS asked for " + host); };

    @ParameterizedTest
    @ValueSource(strings = {"http://127.0.0.1/", "http://127.1/", "http://2130706433/", "http://0x7f000001/",
            "http://0177.0.0.1/", "http://localhost./", "http://localhost/", "http://a.localhost/", "http://[::1]/",
            "http://[::ffff:127.0.0.1]/", "http://[::ffff:7f00:1]/", "http://[2002:7f00:0001::]/", "http://[64:ff9b::7f00:1]/",
            "http://[fec0::1]/", "http://[fd00::1]/", "http://[fe80::1]/", "http://100.64.0.1/", "http://169.254.169.254/",
            "http://0.0.0.0/", "HTTP://127.0.0.1/", "hTtP://127.0.0.1/", "http://user@127.0.0.1/", "http://127.0.0.1#@example.com/",
            "http://10.0.0.1/", "http://172.16.5.4/", "http://192.168.1.1/", "http://224.0.0.1/", "http://255.255.255.255/",
            "http://[::]/", "http://[::127.0.0.1]/", "http://[ff02::1]/", "http://[2001::1]/", "https://127.0.0.1:8443/x",
            "http://0x7f.1/", "http://017700000001/", "http://127.0.0.1./", "http://[::ffff:169.254.169.254]/",
            "http://[64:ff9b:1::1]/", "http://198.18.0.1/"})
    void privateFormsAreDenied(String url) {
        FetchException e = assertThrows(FetchException.class, () -> AddressPolicy.strict().check(new URI(url), NO_DNS), url);
        assertEquals("blocked", e.code(), url + ": " + e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"file:///etc/passwd", "FILE:///etc/passwd", "jar:file:/x.jar!/a", "ftp://example.org/x",
            "gopher://example.org/", "javascript:alert(1)", "data:text/plain,x", "/relative", "//example.org/x"})
    void onlyHttpAndHttpsAreFetched(String url) {
        FetchException e = assertThrows(FetchException.class, () -> AddressPolicy.strict().check(new URI(url), NO_DNS), url);
        assertEquals("blocked", e.code());
    }

    @Test
    void invalidNumericHostsAreRefusedNotResolved() {
        for (String url : new String[] {"http://256.1.1.1/", "http://1.2.3.4.5/", "http://0x1g.0.0.1/", "http://1.2.3.99999999999/"}) {
            try {
                AddressPolicy.strict().check(new URI(url), NO_DNS);
                fail(url + " accepted");
            } catch (FetchException e) {
                assertEquals("blocked", e.code(), url);
            } catch (java.net.URISyntaxException e) {
                // refused by the URI parser already: also never fetched
            }
        }
    }

    @Test
    void publicAddressesPass() throws Exception {
        assertNull(AddressPolicy.denialReason(InetAddress.getByName("93.184.215.14")));
        assertNull(AddressPolicy.denialReason(InetAddress.getByName("2606:2800:21f:cb07:6820:80da:af6b:8b2c")));
        assertNull(AddressPolicy.denialReason(InetAddress.getByName("2002:5db8:d70e::1"))); // 6to4 of a public address
        InetSocketAddress a = AddressPolicy.strict().check(new URI("https://8.8.8.8/x"), NO_DNS);
        assertEquals(443, a.getPort());
        assertEquals("8.8.8.8", a.getAddress().getHostAddress());
        assertEquals("1.2.3.4", AddressPolicy.literal("0x1.2.0x3.04").getHostAddress());
        assertEquals("127.0.0.1", AddressPolicy.literal("0177.0.0.1").getHostAddress()); // octal, as browsers read it
        assertNull(AddressPolicy.literal("example.org"));
    }

    @Test
    void namesAreResolvedOnceAndEveryAnswerChecked() throws Exception {
        AtomicInteger calls = new AtomicInteger();
        InetAddress pub = InetAddress.getByName("93.184.215.14");
        InetAddress loop = InetAddress.getByName("127.0.0.1");
        AddressPolicy.Resolver mixed = host -> { calls.incrementAndGet(); return new InetAddress[] {pub, loop}; };
        FetchException e = assertThrows(FetchException.class, () -> AddressPolicy.strict().check(new URI("http://rebind.test/"), mixed));
        assertEquals("blocked", e.code());
        assertTrue(e.getMessage().contains("loopback"), e.getMessage());
        assertEquals(1, calls.get());
        AddressPolicy.Resolver good = host -> new InetAddress[] {pub};
        assertEquals(pub, AddressPolicy.strict().check(new URI("http://ok.test:8080/"), good).getAddress());
    }

    @Test
    void theTestExemptionIsExactToAddressAndPort() throws Exception {
        InetAddress loop = InetAddress.getByName("127.0.0.1");
        AddressPolicy p = AddressPolicy.strict().exemptForTesting(loop, 4567);
        assertNotNull(p.check(new URI("http://127.0.0.1:4567/"), NO_DNS));
        assertThrows(FetchException.class, () -> p.check(new URI("http://127.0.0.1:4568/"), NO_DNS));
        assertThrows(FetchException.class, () -> AddressPolicy.strict().check(new URI("http://127.0.0.1:4567/"), NO_DNS));
    }
}
