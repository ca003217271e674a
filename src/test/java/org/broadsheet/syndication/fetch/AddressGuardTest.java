package org.broadsheet.syndication.fetch;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Which addresses the SSRF guard refuses (literal addresses only: no DNS, no traffic). */
class AddressGuardTest {

    static Stream<String> internal() {
        return Stream.of("127.0.0.1", "127.8.9.10", "10.0.0.1", "172.16.0.1", "172.31.255.254", "192.168.1.1", "169.254.169.254",
                "100.64.0.1", "100.127.255.254", "0.0.0.0", "224.0.0.1", "255.255.255.255", "198.18.0.1",
                "::1", "::", "fe80::1", "fc00::1", "fd12:3456:789a::1", "fec0::1", "ff02::1",
                "::ffff:127.0.0.1", "::ffff:10.0.0.1", "::ffff:169.254.169.254", "::127.0.0.1",
                "64:ff9b::a9fe:a9fe", "2002:7f00:0001::1", "2002:c0a8:0101::1");
    }

    static Stream<String> publicAddresses() {
        return Stream.of("93.184.216.34", "8.8.8.8", "172.32.0.1", "172.15.255.255", "100.128.0.1", "100.63.255.255",
                "192.169.0.1", "2606:4700:4700::1111", "2a00:1450:4001::200e", "::ffff:8.8.8.8", "2002:0808:0808::1");
    }

    @ParameterizedTest(name = "{0} is internal")
    @MethodSource("internal")
    void internalAddressesAreRecognised(String address) throws UnknownHostException {
        assertThat(AddressGuard.internalKind(InetAddress.getByName(address))).isNotNull();
    }

    @ParameterizedTest(name = "{0} is public")
    @MethodSource("publicAddresses")
    void publicAddressesPass(String address) throws UnknownHostException {
        assertThat(AddressGuard.internalKind(InetAddress.getByName(address))).isNull();
    }

    @Test
    void theRefusalSaysWhatTheAddressIsAndHowToAllowIt() {
        AddressGuard guard = new AddressGuard(false, Set.of());
        assertThatThrownBy(() -> guard.check(URI.create("http://169.254.169.254/latest/meta-data/")))
                .hasMessageContaining("169.254.169.254").hasMessageContaining("link-local")
                .hasMessageContaining("broadsheet.syndication.allow-private-addresses");
    }

    @Test
    void allowingPrivateAddressesLetsThemThrough() throws Exception {
        assertThat(new AddressGuard(true, Set.of()).check(URI.create("http://10.0.0.1/feed"))).isNotEmpty();
    }
}
