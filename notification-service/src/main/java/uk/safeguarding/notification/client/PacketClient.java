package uk.safeguarding.notification.client;

import io.quarkus.oidc.client.OidcClientException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import uk.safeguarding.platform.redaction.Packet;
import uk.safeguarding.platform.redaction.PacketPurpose;
import uk.safeguarding.platform.redaction.RecipientType;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Fetches packets from the services that own the data ({@code GET /internal/.../packet}) with the
 * {@code notifier} token (REST clients {@link ConcernPackets}, {@link ReferralPackets}, {@link MissingPackets};
 * the token comes from their OIDC client filter). Called at every send attempt and every inbox read, so a
 * revocation or a changed consent is honoured; the owner redacts for the recipient type.
 */
@ApplicationScoped
public class PacketClient {

    public enum Owner { CONCERN, REFERRAL, MISSING, INTELLIGENCE_MATCH, SUPPORT_PLAN }

    /**
     * One packet to fetch. {@code purpose}, {@code adviceRequestId} and {@code recipientOrgId} are
     * sent to concern-service only (it refuses an agency whose referral of the concern was revoked).
     */
    public record PacketRequest(Owner owner, UUID id, RecipientType recipientType, PacketPurpose purpose, UUID adviceRequestId,
                                String recipientOrgId) {
        public PacketRequest(Owner owner, UUID id, RecipientType recipientType, PacketPurpose purpose, UUID adviceRequestId) {
            this(owner, id, recipientType, purpose, adviceRequestId, null);
        }
    }

    /** An owner did not answer with a packet: {@code status} 0 when there was no HTTP answer. */
    public static class PacketUnavailable extends Exception {
        private final int status;

        public PacketUnavailable(int status, String message) {
            super(message, null, false, false);
            this.status = status;
        }

        public int status() {
            return status;
        }
    }

    private final ConcernPackets concern;
    private final ReferralPackets referral;
    private final MissingPackets missing;

    public PacketClient(@RestClient ConcernPackets concern, @RestClient ReferralPackets referral,
                        @RestClient MissingPackets missing) {
        this.concern = concern;
        this.referral = referral;
        this.missing = missing;
    }

    public List<Packet> fetchAll(List<PacketRequest> requests) throws PacketUnavailable {
        List<Packet> packets = new ArrayList<>(requests.size());
        for (PacketRequest request : requests) {
            packets.add(fetch(request));
        }
        return packets;
    }

    public Packet fetch(PacketRequest request) throws PacketUnavailable {
        Response response = send(request);
        if (response.getStatus() == 401) {
            // The token filter takes a fresh notifier token after a 401 (refresh-on-unauthorized): one more try with it.
            response.close();
            response = send(request);
        }
        return packet(request.owner(), response);
    }

    private static Packet packet(Owner owner, Response response) throws PacketUnavailable {
        try (response) {
            if (response.getStatus() != 200) {
                throw new PacketUnavailable(response.getStatus(), "packet " + owner + " HTTP " + response.getStatus());
            }
            Packet packet = response.readEntity(Packet.class);
            if (packet == null || packet.fieldsDisclosed() == null) {
                throw new PacketUnavailable(502, "packet " + owner + " without fieldsDisclosed");
            }
            return packet;
        } catch (RuntimeException e) {
            throw new PacketUnavailable(502, "packet " + owner + " unreadable");
        }
    }

    /** The owner's answer, whatever its status; no answer at all (or no notifier token) is status 0. */
    private Response send(PacketRequest r) throws PacketUnavailable {
        try {
            return switch (r.owner()) {
                case CONCERN -> concern.concern(r.id(), r.recipientType(), r.purpose(), r.adviceRequestId(), r.recipientOrgId());
                case INTELLIGENCE_MATCH -> concern.intelligenceMatch(r.id(), r.recipientType());
                case REFERRAL -> referral.referral(r.id(), r.recipientType());
                case SUPPORT_PLAN -> referral.supportPlan(r.id(), r.recipientType());
                case MISSING -> missing.missingEpisode(r.id(), r.recipientType());
            };
        } catch (WebApplicationException e) {
            return e.getResponse();
        } catch (RuntimeException e) {
            for (Throwable cause = e; cause != null; cause = cause.getCause()) {
                if (cause instanceof OidcClientException) {
                    throw new PacketUnavailable(0, "notifier token unavailable");
                }
            }
            throw new PacketUnavailable(0, "packet owner unreachable");
        }
    }
}
