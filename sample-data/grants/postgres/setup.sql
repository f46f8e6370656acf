-- The PostgreSQL estate behind sample-data/grants/postgres/*.csv and
-- sample-data/pg/appdb (its tables, exported). Run as a superuser in a new
-- database `appdb`, from the repository root (the \copy paths are relative):
--   createdb appdb && psql -d appdb -v ON_ERROR_STOP=1 -f sample-data/grants/postgres/setup.sql
-- tests/connectors_postgres.rs runs it on a throwaway server.

-- Group roles (NOLOGIN): what agents hold.
CREATE ROLE app_owner NOLOGIN;
CREATE ROLE pii_readers NOLOGIN;
CREATE ROLE analysts NOLOGIN;            -- analysts -> pii_readers (nested)
GRANT pii_readers TO analysts;
CREATE ROLE clinicians NOLOGIN;
CREATE ROLE dba NOLOGIN SUPERUSER;       -- only through SET ROLE

-- Login roles: the agents.
CREATE ROLE support_bot LOGIN VALID UNTIL '2027-03-31 00:00:00+00';
GRANT analysts TO support_bot;           -- support_bot -> analysts -> pii_readers
CREATE ROLE etl_agent LOGIN NOINHERIT BYPASSRLS;
GRANT clinicians TO etl_agent;           -- NOINHERIT: needs SET ROLE clinicians
CREATE ROLE report_bot LOGIN;            -- column grants and PUBLIC only
CREATE ROLE ops_agent LOGIN;
GRANT dba TO ops_agent;                  -- may SET ROLE dba (a superuser)
CREATE ROLE admin_agent LOGIN SUPERUSER;

CREATE SCHEMA clinical AUTHORIZATION app_owner;
GRANT USAGE ON SCHEMA clinical TO clinicians;

CREATE TABLE public.customers (
    customer_id text PRIMARY KEY, full_name text, email text, phone text, ssn text, plan text);
CREATE TABLE clinical.patients (
    mrn text PRIMARY KEY, full_name text, date_of_birth date, diagnosis_code text, attending text);
CREATE TABLE public.products (sku text PRIMARY KEY, title text, price_eur numeric);
CREATE VIEW public.customer_contacts AS SELECT full_name, email FROM public.customers;
ALTER TABLE public.customers OWNER TO app_owner;
ALTER TABLE clinical.patients OWNER TO app_owner;
ALTER TABLE public.products OWNER TO app_owner;
ALTER VIEW public.customer_contacts OWNER TO app_owner;

\copy public.customers FROM 'sample-data/pg/appdb/public/customers.csv' CSV HEADER
\copy clinical.patients FROM 'sample-data/pg/appdb/clinical/patients.csv' CSV HEADER
\copy public.products FROM 'sample-data/pg/appdb/public/products.csv' CSV HEADER

GRANT SELECT ON public.customers TO pii_readers;
GRANT SELECT ON clinical.patients TO clinicians WITH GRANT OPTION;
GRANT INSERT, UPDATE ON clinical.patients TO etl_agent;
GRANT SELECT (customer_id, email) ON public.customers TO report_bot;
GRANT SELECT ON public.products TO PUBLIC;
GRANT SELECT ON public.customer_contacts TO report_bot;
