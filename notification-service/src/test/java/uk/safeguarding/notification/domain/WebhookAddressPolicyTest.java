package uk.safeguarding.notification.domain;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.net.InetAddress;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class WebhookAddressPolicyTest {

    private static final WebhookAddressPolicy STRICT = new WebhookAddressPolicy(false, List.of());
    private static final WebhookAddressPolicy LOCAL = new WebhookAddressPolicy(true, List.of());
    private static final WebhookAddressPolicy LISTED = new WebhookAddressPolicy(false, List.of("10.20.0.0/16", "192.168.1.7", "fd12:3456::/32",
            "198.51.100.0/24", "2002:5db8:d822::/48", "2001:0:4136::/48", "64:ff9b:1::/48", "2001:db8:1::/48"));

    @ParameterizedTest(name = "{0}: strict={1} local={2} allow-listed={3}")
    @CsvSource({
            // address,           strict,      local profile, with allow-list
            "93.184.216.34,       allowed,     allowed,       allowed",
            "2606:2800:220:1::1,  allowed,     allowed,       allowed",
            "127.0.0.1,           loopback,    allowed,       loopback",
            "127.9.9.9,           loopback,    allowed,       loopback",
            "::1,                 loopback,    allowed,       loopback",
            "::ffff:127.0.0.1,    loopback,    allowed,       loopback",
            "10.0.0.1,            private,     private,       private",
            "10.20.3.4,           private,     private,       allowed",
            "172.16.0.1,          private,     private,       private",
            "172.31.255.255,      private,     private,       private",
            "172.32.0.1,          allowed,     allowed,       allowed",
            "192.168.1.7,         private,     private,       allowed",
            "192.168.1.8,         private,     private,       private",
            "::ffff:10.0.0.1,     private,     private,       private",
            "::ffff:10.20.0.1,    private,     private,       allowed",
            "64:ff9b::a00:1,      private,     private,       private",
            "fd12:3456::1,        private,     private,       allowed",
            "fc00::1,             private,     private,       private",
            "169.254.1.1,         link-local,  link-local,    link-local",
            "fe80::1,             link-local,  link-local,    link-local",
            "169.254.169.254,     metadata,    metadata,      metadata",
            "fd00:ec2::254,       metadata,    metadata,      metadata",
            "100.100.100.200,     metadata,    metadata,      metadata",
            "100.64.0.1,          shared,      shared,        shared",
            "0.0.0.0,             unspecified, unspecified,   unspecified",
            "::,                  unspecified, unspecified,   unspecified",
            "224.0.0.1,           multicast,   multicast,     multicast",
            "ff02::1,             multicast,   multicast,     multicast",
            "240.0.0.1,           reserved,    reserved,      reserved",
            "198.18.0.1,          reserved,    reserved,      reserved",
            "192.0.2.1,           documentation, documentation, documentation",
            "192.0.2.255,         documentation, documentation, documentation",
            "192.0.3.1,           allowed,     allowed,       allowed",
            "198.51.100.7,        documentation, documentation, allowed",
            "198.51.101.7,        allowed,     allowed,       allowed",
            "203.0.113.9,         documentation, documentation, documentation",
            "203.0.114.9,         allowed,     allowed,       allowed",
            "2001:db8::1,         documentation, documentation, documentation",
            "2001:db8:1::1,       documentation, documentation, allowed",
            "2001:db9::1,         allowed,     allowed,       allowed",
            "2002:5db8:d822::1,   6to4,        6to4,          allowed",
            "2002:0a00:0001::1,   6to4,        6to4,          6to4",
            "2001:0:4136:e378::1, teredo,      teredo,        allowed",
            "2001:0:5ef5:79fd::1, teredo,      teredo,        teredo",
            "2001:1::1,           allowed,     allowed,       allowed",
            "64:ff9b:1::a00:1,    nat64-local, nat64-local,   allowed",
            "64:ff9b:1:ffff::1,   nat64-local, nat64-local,   allowed",
            "64:ff9b:2::1,        allowed,     allowed,       allowed",
            "64:ff9b::c0a8:101,   private,     private,       private",
            "64:ff9b::5db8:d822,  allowed,     allowed,       allowed",
            "64:ff9b::c000:201,   documentation, documentation, documentation"
    })
    void decides(String address, String strict, String local, String listed) throws Exception {
        InetAddress a = InetAddress.getByName(address);
        assertThat(STRICT.refusal(a).orElse("allowed")).isEqualTo(strict);
        assertThat(LOCAL.refusal(a).orElse("allowed")).isEqualTo(local);
        assertThat(LISTED.refusal(a).orElse("allowed")).isEqualTo(listed);
    }

    @ParameterizedTest
    @CsvSource({"93.184.216.34;10.0.0.1, private", "93.184.216.34;8.8.8.8, allowed"})
    void every_address_of_a_host_must_be_acceptable(String addresses, String expected) throws Exception {
        List<InetAddress> all = new java.util.ArrayList<>();
        for (String a : addresses.split(";")) {
            all.add(InetAddress.getByName(a));
        }
        assertThat(STRICT.refusal(all).orElse("allowed")).isEqualTo(expected);
    }
}
