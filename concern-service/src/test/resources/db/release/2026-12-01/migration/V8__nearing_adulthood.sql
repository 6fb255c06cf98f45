-- child.nearing-adulthood (procedure 3.4) is announced once per child: the claim is inserted in
-- the transaction that writes the outbox event, so restarts and replicas never announce twice.
-- A row of its own, so that announcing never changes the child's version (its ETag).
create table child_adulthood_announcement (
    child_id     uuid primary key references child (id),
    announced_at timestamptz not null
);
