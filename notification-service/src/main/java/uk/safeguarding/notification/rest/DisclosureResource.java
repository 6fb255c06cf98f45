package uk.safeguarding.notification.rest;

import uk.safeguarding.platform.web.Params;

import jakarta.ws.rs.BeanParam;

import uk.safeguarding.platform.web.PageRequest;

import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.safeguarding.notification.config.CheckpointKeys;
import uk.safeguarding.notification.mapping.CheckpointMapper;
import uk.safeguarding.notification.api.CheckpointKeyView;
import uk.safeguarding.notification.api.CheckpointView;
import uk.safeguarding.notification.api.DisclosureView;
import uk.safeguarding.platform.web.Page;
import uk.safeguarding.notification.api.VerificationView;
import uk.safeguarding.notification.service.CheckpointQueries;
import uk.safeguarding.notification.service.DisclosureQueries;
import uk.safeguarding.notification.service.DisclosureVerification;
import uk.safeguarding.platform.security.Caller;
import uk.safeguarding.platform.security.Role;

@Path("/api/disclosures")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Disclosure log", description = "Every delivery, inbox read and advice request, hash-chained: "
        + "hash = hex SHA-256 of the RFC 8785 canonical JSON of the entry without hash; genesis prevHash is 64 zeros; "
        + "signed Ed25519 checkpoints {entries, headHash, at} make it tamper-evident beyond the database")
public class DisclosureResource {

    private final DisclosureQueries queries;
    private final DisclosureVerification verification;
    private final CheckpointQueries checkpointQueries;
    private final CheckpointMapper checkpointMapper;
    private final CheckpointKeys keys;
    private final Caller caller;

    public DisclosureResource(DisclosureQueries queries, DisclosureVerification verification, CheckpointQueries checkpointQueries,
                              CheckpointMapper checkpointMapper, CheckpointKeys keys, Caller caller) {
        this.queries = queries;
        this.verification = verification;
        this.checkpointQueries = checkpointQueries;
        this.checkpointMapper = checkpointMapper;
        this.keys = keys;
        this.caller = caller;
    }

    @GET
    @Operation(operationId = "listDisclosures", summary = "Entries, newest first (auditor: all, optionally by child; dcpo: a child of its own setting)")
    @APIResponse(responseCode = "200", description = "{items, page, size, total}")
    @APIResponse(responseCode = "404", description = "dcpo: the child is not of the caller's setting")
    public Page<DisclosureView> list(@QueryParam("childId") String childId,
                                         @BeanParam PageRequest paging) {
        Role role = caller.require(Role.AUDITOR, Role.DCPO);
        paging.validated();
        return role == Role.AUDITOR
                ? queries.list(Params.uuid("childId", childId), paging.page(), paging.size())
                : queries.listForSetting(Params.uuid("childId", childId), caller.orgId(), paging.page(), paging.size());
    }

    @GET
    @Path("/verify")
    @Operation(operationId = "verifyDisclosureLog", summary = "Recompute the whole chain and check it against the signed checkpoints",
            description = "{valid, entries, brokenAt?, truncatedAfter?, invalidCheckpointAt?, checkpoint?, witness}: "
                    + "brokenAt is the first seq that does not hold (or the seq of a checkpoint whose signed hash the log no longer has); "
                    + "truncatedAfter the last seq present when the log is shorter than a checkpoint signed; "
                    + "invalidCheckpointAt the first stored checkpoint whose signature fails; checkpoint the newest one with a valid "
                    + "signature, taken from the topic safeguarding.disclosure-checkpoints (witness TOPIC) or, when it cannot be read, "
                    + "from the stored ones only (witness UNAVAILABLE)")
    public VerificationView verify() {
        caller.require(Role.AUDITOR);
        return checkpointMapper.toApiModel(verification.verify());
    }

    @GET
    @Path("/checkpoints")
    @Operation(operationId = "listDisclosureCheckpoints", summary = "Signed checkpoints {entries, headHash, at, signature}, newest first",
            description = "signature = base64 Ed25519 signature over the RFC 8785 form of the checkpoint without signature; "
                    + "each is also published on safeguarding.disclosure-checkpoints")
    @APIResponse(responseCode = "200", description = "{items, page, size, total}")
    public Page<CheckpointView> checkpoints(@BeanParam PageRequest paging) {
        caller.require(Role.AUDITOR);
        paging.validated();
        return checkpointQueries.list(paging.page(), paging.size());
    }

    @GET
    @Path("/checkpoint-key")
    @Operation(operationId = "getDisclosureCheckpointKey", summary = "The Ed25519 public key checkpoints verify with {publicKeyPem}",
            description = "Auditors only, like the rest of the log (the key is not secret; a deployment may also publish it)")
    public CheckpointKeyView checkpointKey() {
        caller.require(Role.AUDITOR);
        return new CheckpointKeyView(keys.publicKeyPem());
    }
}
