package uk.safeguarding.gateway.domain;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class TraceParentTest {

    @ParameterizedTest(name = "[{0}] joined: {1}")
    @CsvSource(nullValues = "NULL", value = {
            "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01, true",
            "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-00, true",
            "00-4BF92F3577B34DA6A3CE929D0E0E4736-00f067aa0ba902b7-01, false",
            "00-00000000000000000000000000000000-00f067aa0ba902b7-01, false",
            "00-4bf92f3577b34da6a3ce929d0e0e4736-0000000000000000-01, false",
            "ff-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01, false",
            "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7, false",
            "garbage, false",
            "NULL, false"})
    void joinsAWellFormedTraceElseStartsOne(String incoming, boolean joined) {
        TraceParent upstream = TraceParent.forUpstream(incoming);
        assertThat(upstream.toString()).matches("00-[0-9a-f]{32}-[0-9a-f]{16}-[0-9a-f]{2}");
        if (joined) {
            TraceParent parent = TraceParent.parse(incoming).orElseThrow();
            assertThat(upstream.traceId()).isEqualTo(parent.traceId());
            assertThat(upstream.flags()).isEqualTo(parent.flags());
            assertThat(upstream.parentId()).isNotEqualTo(parent.parentId());
        } else {
            assertThat(TraceParent.parse(incoming)).isEmpty();
            assertThat(upstream.flags()).isEqualTo("01");
            assertThat(incoming == null || !incoming.contains(upstream.traceId())).isTrue();
        }
    }
}
