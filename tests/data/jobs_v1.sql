BEGIN TRANSACTION;
CREATE TABLE job (
	id INTEGER NOT NULL, 
	title VARCHAR NOT NULL, 
	company VARCHAR NOT NULL, 
	company_key VARCHAR, 
	location VARCHAR, 
	city VARCHAR, 
	region VARCHAR, 
	country VARCHAR, 
	remote VARCHAR, 
	level VARCHAR, 
	role VARCHAR, 
	employment_type VARCHAR, 
	salary_min FLOAT, 
	salary_max FLOAT, 
	salary_currency VARCHAR, 
	salary_period VARCHAR, 
	salary_annual_min FLOAT, 
	salary_annual_max FLOAT, 
	salary_usd_annual_min FLOAT, 
	salary_usd_annual_max FLOAT, 
	posted_at DATETIME, 
	first_seen DATETIME, 
	last_seen DATETIME, 
	closed_at DATETIME, 
	url VARCHAR NOT NULL, 
	source VARCHAR NOT NULL, 
	source_id VARCHAR NOT NULL, 
	department VARCHAR, 
	description TEXT, 
	content_hash VARCHAR, 
	PRIMARY KEY (id)
);
INSERT INTO "job" VALUES(1,'Machine Learning Engineer','Acme Robotics',NULL,'Berlin, Germany',NULL,NULL,'DE','hybrid',NULL,NULL,NULL,90000.0,120000.0,'EUR','year',NULL,NULL,NULL,NULL,'2026-09-20 08:00:00.000000','2026-10-01 12:00:00.000000','2026-10-01 12:00:00.000000',NULL,'https://acme.example/jobs/101','acme-gh','101','ML','Build models.','b65910c699e3a5e3c7e6670e');
INSERT INTO "job" VALUES(2,'Data Analyst','Acme Robotics',NULL,'Remote',NULL,NULL,NULL,'remote',NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,'2026-10-01 12:00:00.000000','2026-10-01 12:00:00.000000',NULL,'https://acme.example/jobs/102','acme-gh','102',NULL,NULL,'00a4290c0720271981e4e44b');
CREATE TABLE listing (
	id INTEGER NOT NULL, 
	job_id INTEGER NOT NULL, 
	source VARCHAR NOT NULL, 
	source_id VARCHAR NOT NULL, 
	url VARCHAR NOT NULL, 
	first_seen DATETIME, 
	last_seen DATETIME, 
	content_hash VARCHAR, 
	PRIMARY KEY (id), 
	CONSTRAINT uq_listing_source_id UNIQUE (source, source_id), 
	FOREIGN KEY(job_id) REFERENCES job (id)
);
INSERT INTO "listing" VALUES(1,1,'acme-gh','101','https://acme.example/jobs/101','2026-10-01 12:00:00.000000','2026-10-01 12:00:00.000000','b65910c699e3a5e3c7e6670e');
INSERT INTO "listing" VALUES(2,2,'acme-gh','102','https://acme.example/jobs/102','2026-10-01 12:00:00.000000','2026-10-01 12:00:00.000000','00a4290c0720271981e4e44b');
CREATE TABLE schema_version (
	version INTEGER NOT NULL, 
	applied_at DATETIME, 
	PRIMARY KEY (version)
);
INSERT INTO "schema_version" VALUES(1,'2026-11-27 15:06:23.090621');
CREATE INDEX ix_job_first_seen ON job (first_seen);
CREATE INDEX ix_job_role ON job (role);
CREATE INDEX ix_job_newest ON job (posted_at, id);
CREATE INDEX ix_job_company_key ON job (company_key);
CREATE INDEX ix_job_country ON job (country);
CREATE INDEX ix_listing_job_id ON listing (job_id);
COMMIT;
