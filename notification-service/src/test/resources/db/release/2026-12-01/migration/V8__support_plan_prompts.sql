-- A support-plan prompt (referral-service support-plan.prompt, procedure 3.4) to the setting's
-- DCPO and the placing authority: the plan is its subject, fetched as a packet from referral-service.
alter table delivery add column support_plan_id uuid;
alter table delivery add column prompt_kind text;
alter table delivery add column prompt_due_date date;
