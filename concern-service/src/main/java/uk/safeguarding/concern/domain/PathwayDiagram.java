package uk.safeguarding.concern.domain;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The procedure as a flowchart (raise → DCPO review → refer / monitor / no further action →
 * agencies informed; reg. 40 notice for children's homes), drawn as SVG with one concern's path
 * highlighted. Nothing personal is drawn: only the steps this concern has taken.
 */
public final class PathwayDiagram {

    /**
     * Where a concern has been. {@code outcomes} in the order the DCPO decided them.
     * {@code preserveEvidence}: sexual activity known or suspected, or a potential offence
     * (procedure 3.5: protect potential evidence; police investigate, staff do not).
     */
    public record Path(ConcernStatus status, List<Outcome> outcomes, boolean agenciesInformed,
                       boolean childrensHome, boolean cseSuspected, boolean preserveEvidence) {

        public Path(ConcernStatus status, List<Outcome> outcomes, boolean agenciesInformed, boolean childrensHome,
                    boolean cseSuspected) {
            this(status, outcomes, agenciesInformed, childrensHome, cseSuspected, false);
        }
    }

    public static final String PRESERVE_TITLE = "Preserve, do not investigate";

    private record Node(String id, int x, int y, int w, int h, String title, String note) {
    }

    private record Edge(String id, String from, String to, String d, String label) {
    }

    private static final int WIDTH = 780;
    private static final int HEIGHT = 480;
    private static final Map<String, Node> NODES = new LinkedHashMap<>();
    private static final List<Edge> EDGES = new ArrayList<>();

    static {
        node(new Node("raise", 290, 20, 200, 56, "Concern raised", "staff, school MIS or a missing pattern"));
        node(new Node("review", 290, 126, 200, 56, "DCPO review", "risk screening, consent in law"));
        node(new Node("reg40", 550, 126, 210, 56, "Reg. 40(4)(a) notice", "Ofsted, placing authority, police (homes)"));
        node(new Node("preserve", 30, 126, 200, 56, PRESERVE_TITLE, "protect evidence for police (3.5)"));
        node(new Node("refer", 30, 246, 200, 56, "Refer", "children's social care + police"));
        node(new Node("monitor", 290, 246, 200, 56, "Monitor", "review by a set date"));
        node(new Node("nfa", 550, 246, 210, 56, "No further action", "decision and rationale recorded"));
        node(new Node("agencies", 30, 376, 200, 56, "Agencies informed", "packets redacted per agency"));
        node(new Node("closed", 550, 376, 210, 56, "Closed", "rationale recorded"));
        EDGES.add(new Edge("raise-review", "raise", "review", "M390,76 L390,120", null));
        EDGES.add(new Edge("review-reg40", "review", "reg40", "M490,154 L544,154", "CSE suspected"));
        EDGES.add(new Edge("review-preserve", "review", "preserve", "M290,154 L236,154", "sexual activity or offence"));
        EDGES.add(new Edge("review-refer", "review", "refer", "M330,182 L130,240", null));
        EDGES.add(new Edge("review-monitor", "review", "monitor", "M390,182 L390,240", null));
        EDGES.add(new Edge("review-nfa", "review", "nfa", "M450,182 L655,240", null));
        EDGES.add(new Edge("monitor-review", "monitor", "review", "M490,262 C530,230 520,200 492,176", "review due"));
        EDGES.add(new Edge("refer-agencies", "refer", "agencies", "M130,302 L130,370", null));
        EDGES.add(new Edge("agencies-closed", "agencies", "closed", "M230,404 L544,404", "closed by DCPO"));
        EDGES.add(new Edge("nfa-closed", "nfa", "closed", "M655,302 L655,370", null));
    }

    private PathwayDiagram() {
    }

    private static void node(Node n) {
        NODES.put(n.id(), n);
    }

    /** The steps of the flowchart this concern has reached. */
    public static Set<String> stepsTaken(Path p) {
        Set<String> on = new java.util.LinkedHashSet<>();
        on.add("raise");
        on.add("review");
        for (Outcome o : p.outcomes()) {
            on.add(switch (o) {
                case REFER -> "refer";
                case MONITOR -> "monitor";
                case NO_FURTHER_ACTION -> "nfa";
            });
        }
        if (p.agenciesInformed() || p.outcomes().contains(Outcome.REFER)) {
            on.add("agencies");
        }
        if (p.childrensHome() && p.cseSuspected()) {
            on.add("reg40");
        }
        if (p.preserveEvidence()) {
            on.add("preserve");
        }
        if (p.status() == ConcernStatus.CLOSED) {
            on.add("closed");
        }
        return on;
    }

    /** The node where the concern stands now. */
    public static String current(Path p) {
        return switch (p.status()) {
            case RAISED -> "review";
            case MONITORING -> "monitor";
            case REFERRED -> "agencies";
            case CLOSED -> "closed";
        };
    }

    static Set<String> edgesTaken(Path p, Set<String> steps) {
        Set<String> on = new java.util.LinkedHashSet<>();
        on.add("raise-review");
        for (String to : List.of("refer", "monitor", "nfa", "reg40", "preserve")) {
            if (steps.contains(to)) {
                on.add("review-" + to);
            }
        }
        int monitor = p.outcomes().indexOf(Outcome.MONITOR);
        if (monitor >= 0 && monitor < p.outcomes().size() - 1) {
            on.add("monitor-review");
        }
        if (steps.contains("agencies")) {
            on.add("refer-agencies");
        }
        if (steps.contains("closed")) {
            Outcome last = p.outcomes().isEmpty() ? null : p.outcomes().get(p.outcomes().size() - 1);
            on.add(last == Outcome.NO_FURTHER_ACTION ? "nfa-closed" : "agencies-closed");
        }
        return on;
    }

    public static String svg(Path p) {
        Set<String> steps = stepsTaken(p);
        Set<String> edges = edgesTaken(p, steps);
        String current = current(p);
        StringBuilder s = new StringBuilder(8192);
        s.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        s.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(WIDTH).append("\" height=\"").append(HEIGHT)
                .append("\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(HEIGHT)
                .append("\" role=\"img\" aria-labelledby=\"title desc\" font-family=\"Arial, Helvetica, sans-serif\">\n");
        s.append("<title id=\"title\">Child sexual exploitation concern pathway</title>\n");
        s.append("<desc id=\"desc\">Raise, DCPO review, refer, monitor or no further action, agencies informed; ")
                .append("this concern's path (").append(String.join(" → ", steps)).append(") is highlighted; now at ")
                .append(current).append(".</desc>\n");
        s.append("<defs>\n")
                .append("<marker id=\"arrow\" viewBox=\"0 0 10 10\" refX=\"9\" refY=\"5\" markerWidth=\"7\" markerHeight=\"7\" orient=\"auto-start-reverse\"><path d=\"M0,0 L10,5 L0,10 z\" fill=\"#8a94a6\"/></marker>\n")
                .append("<marker id=\"arrow-on\" viewBox=\"0 0 10 10\" refX=\"9\" refY=\"5\" markerWidth=\"7\" markerHeight=\"7\" orient=\"auto-start-reverse\"><path d=\"M0,0 L10,5 L0,10 z\" fill=\"#0b4ea2\"/></marker>\n")
                .append("<style>")
                .append(".node rect{fill:#ffffff;stroke:#8a94a6;stroke-width:1.5}")
                .append(".node.on rect{fill:#e3eefc;stroke:#0b4ea2;stroke-width:3}")
                .append(".node.current rect{fill:#fff4cc;stroke:#b35c00;stroke-width:3}")
                .append(".node.na rect{stroke-dasharray:5 4;fill:#f6f6f6}")
                .append(".node text.t{font-size:15px;font-weight:bold;fill:#1b1f24}")
                .append(".node text.n{font-size:11px;fill:#4a5568}")
                .append(".edge{fill:none;stroke:#8a94a6;stroke-width:1.5;marker-end:url(#arrow)}")
                .append(".edge.on{stroke:#0b4ea2;stroke-width:3;marker-end:url(#arrow-on)}")
                .append(".label{font-size:11px;fill:#4a5568}")
                .append("</style>\n</defs>\n");
        for (Edge e : EDGES) {
            boolean on = edges.contains(e.id());
            s.append("<path id=\"edge-").append(e.id()).append("\" class=\"edge").append(on ? " on" : "")
                    .append("\" d=\"").append(e.d()).append("\"/>\n");
        }
        s.append("<text class=\"label\" x=\"496\" y=\"146\">CSE suspected</text>\n");
        s.append("<text class=\"label\" x=\"512\" y=\"214\">review due</text>\n");
        s.append("<text class=\"label\" x=\"330\" y=\"398\">closed by the DCPO</text>\n");
        for (Node n : NODES.values()) {
            boolean on = steps.contains(n.id());
            boolean na = (n.id().equals("reg40") && !p.childrensHome()) || (n.id().equals("preserve") && !p.preserveEvidence());
            String cls = "node" + (on ? " on" : "") + (n.id().equals(current) ? " current" : "") + (na ? " na" : "");
            s.append("<g id=\"node-").append(n.id()).append("\" class=\"").append(cls).append("\">")
                    .append("<rect x=\"").append(n.x()).append("\" y=\"").append(n.y()).append("\" width=\"").append(n.w())
                    .append("\" height=\"").append(n.h()).append("\" rx=\"10\"/>")
                    .append("<text class=\"t\" x=\"").append(n.x() + n.w() / 2).append("\" y=\"").append(n.y() + 24)
                    .append("\" text-anchor=\"middle\">").append(escape(n.title())).append("</text>")
                    .append("<text class=\"n\" x=\"").append(n.x() + n.w() / 2).append("\" y=\"").append(n.y() + 42)
                    .append("\" text-anchor=\"middle\">").append(escape(n.note())).append("</text></g>\n");
        }
        s.append("</svg>\n");
        return s.toString();
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;").replace("'", "&#39;");
    }
}
