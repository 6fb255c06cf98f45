package uk.safeguarding.concern.domain;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

class PathwayDiagramTest {

    @ParameterizedTest(name = "[{index}] {0} after {1}, agencies {2}, home {3}, cse {4}")
    @CsvSource(delimiter = '|', value = {
            // status | outcomes | agencies | home | cse | nodes on | current | edges on
            "RAISED     |                        | false | false | false | raise review                  | review   | raise-review",
            "REFERRED   | REFER                  | false | false | false | raise review refer agencies   | agencies | raise-review review-refer refer-agencies",
            "REFERRED   | REFER                  | true  | true  | true  | raise review reg40 refer agencies | agencies | raise-review review-reg40 review-refer refer-agencies",
            "MONITORING | MONITOR                | false | true  | false | raise review monitor          | monitor  | raise-review review-monitor",
            "MONITORING | MONITOR                | false | true  | true  | raise review reg40 monitor    | monitor  | raise-review review-reg40 review-monitor",
            "REFERRED   | MONITOR REFER          | true  | false | false | raise review refer monitor agencies | agencies | raise-review review-refer review-monitor monitor-review refer-agencies",
            "CLOSED     | NO_FURTHER_ACTION      | false | false | false | raise review nfa closed        | closed   | raise-review review-nfa nfa-closed",
            "CLOSED     | MONITOR NO_FURTHER_ACTION | false | false | false | raise review monitor nfa closed | closed | raise-review review-monitor review-nfa monitor-review nfa-closed",
            "CLOSED     | REFER                  | true  | false | false | raise review refer agencies closed | closed | raise-review review-refer refer-agencies agencies-closed",
            // a school's concern with CSE suspected: no reg. 40 notice
            "REFERRED   | REFER                  | true  | false | true  | raise review refer agencies   | agencies | raise-review review-refer refer-agencies",
    })
    void thisConcernsPathIsHighlighted(ConcernStatus status, String outcomes, boolean agencies, boolean home, boolean cse,
                                       String nodes, String current, String edges) throws Exception {
        List<Outcome> taken = outcomes == null ? List.of() : Arrays.stream(outcomes.trim().split("\\s+")).map(Outcome::valueOf).toList();
        String svg = PathwayDiagram.svg(new PathwayDiagram.Path(status, taken, agencies, home, cse));

        Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
        assertThat(doc.getDocumentElement().getTagName()).isEqualTo("svg");
        assertThat(doc.getDocumentElement().getAttribute("xmlns")).isEqualTo("http://www.w3.org/2000/svg");
        Map<String, String> classes = new HashMap<>();
        for (String tag : List.of("g", "path")) {
            NodeList list = doc.getElementsByTagName(tag);
            for (int i = 0; i < list.getLength(); i++) {
                Element e = (Element) list.item(i);
                if (!e.getAttribute("id").isEmpty()) {
                    classes.put(e.getAttribute("id"), e.getAttribute("class"));
                }
            }
        }
        // every step of the procedure is drawn, whatever the concern's path
        assertThat(classes.keySet()).contains("node-raise", "node-review", "node-refer", "node-monitor", "node-nfa",
                "node-agencies", "node-reg40", "node-closed");
        assertThat(on(classes, "node-")).isEqualTo(new TreeSet<>(Arrays.asList(nodes.trim().split("\\s+"))));
        assertThat(on(classes, "edge-")).isEqualTo(new TreeSet<>(Arrays.asList(edges.trim().split("\\s+"))));
        assertThat(classes.get("node-" + current)).contains("current");
        assertThat(classes.values().stream().filter(c -> c.contains("current"))).hasSize(1);
        assertThat(classes.get("node-reg40").contains("na")).isEqualTo(!home);
    }

    @ParameterizedTest(name = "[{index}] {0} after {1}, preserve evidence {2}")
    @CsvSource(delimiter = '|', value = {
            // procedure 3.5: on the path of a concern with sexual activity or a potential offence
            "RAISED     |                   | true  | raise review preserve         | raise-review review-preserve",
            "REFERRED   | REFER             | true  | raise review preserve refer agencies | raise-review review-preserve review-refer refer-agencies",
            "CLOSED     | NO_FURTHER_ACTION | true  | raise review preserve nfa closed | raise-review review-preserve review-nfa nfa-closed",
            "REFERRED   | REFER             | false | raise review refer agencies   | raise-review review-refer refer-agencies",
    })
    void preserveDoNotInvestigateIsOnThePathWhereItApplies(ConcernStatus status, String outcomes, boolean preserve, String nodes,
                                                          String edges) throws Exception {
        List<Outcome> taken = outcomes == null ? List.of() : Arrays.stream(outcomes.trim().split("\\s+")).map(Outcome::valueOf).toList();
        String svg = PathwayDiagram.svg(new PathwayDiagram.Path(status, taken, taken.contains(Outcome.REFER), false, false, preserve));
        Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
        Map<String, String> classes = new HashMap<>();
        for (String tag : List.of("g", "path")) {
            NodeList list = doc.getElementsByTagName(tag);
            for (int i = 0; i < list.getLength(); i++) {
                Element e = (Element) list.item(i);
                if (!e.getAttribute("id").isEmpty()) {
                    classes.put(e.getAttribute("id"), e.getAttribute("class"));
                }
            }
        }
        assertThat(svg).contains("Preserve, do not investigate");
        assertThat(on(classes, "node-")).isEqualTo(new TreeSet<>(Arrays.asList(nodes.trim().split("\\s+"))));
        assertThat(on(classes, "edge-")).isEqualTo(new TreeSet<>(Arrays.asList(edges.trim().split("\\s+"))));
        assertThat(classes.get("node-preserve").contains("na")).isEqualTo(!preserve);
    }

    private static Set<String> on(Map<String, String> classes, String prefix) {
        Set<String> on = new TreeSet<>();
        classes.forEach((id, cls) -> {
            if (id.startsWith(prefix) && Arrays.asList(cls.split(" ")).contains("on")) {
                on.add(id.substring(prefix.length()));
            }
        });
        return on;
    }
}
