package uk.safeguarding.notification.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import uk.safeguarding.notification.mapping.CheckpointMapper;
import uk.safeguarding.notification.repository.CheckpointRepository;
import uk.safeguarding.notification.api.CheckpointView;
import uk.safeguarding.platform.web.Page;

import java.util.List;

/** The stored checkpoints, newest first. */
@ApplicationScoped
public class CheckpointQueries {

    private final CheckpointRepository checkpoints;
    private final CheckpointMapper mapper;

    public CheckpointQueries(CheckpointRepository checkpoints, CheckpointMapper mapper) {
        this.checkpoints = checkpoints;
        this.mapper = mapper;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<CheckpointView> list(int page, int size) {
        var query = checkpoints.newestFirst();
        List<CheckpointView> items = query.page(page, size).list().stream().map(mapper::toApiModel).toList();
        return new Page<>(items, page, size, query.count());
    }
}
