-- There is one national inspectorate: routing sends every reg. 40 notice to it, so the
-- directory may hold at most one organisation of type OFSTED (a second → 409 in the API).
create unique index organisation_one_inspectorate on organisation (type) where type = 'OFSTED';
