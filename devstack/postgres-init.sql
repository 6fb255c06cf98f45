-- One database per service (used by docker-compose.yml; the local stack creates them itself).
create database concerns;
create database referrals;
create database missing;
create database notifications;
