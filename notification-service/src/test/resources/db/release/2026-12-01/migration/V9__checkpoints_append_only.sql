-- Signed checkpoints (V6) are append-only like the disclosure log they witness: the service's runtime
-- role may add and read them, never update, delete or truncate them, nor disable their triggers.
revoke update, delete, truncate, references, trigger on disclosure_checkpoint from "${runtime_role}";
