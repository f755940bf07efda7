--
-- PostgreSQL database dump
--


-- Dumped from database version 15.18 (Debian 15.18-0+deb12u1)
-- Dumped by pg_dump version 15.18 (Debian 15.18-0+deb12u1)

SET statement_timeout = 0;
SET lock_timeout = 0;
SET idle_in_transaction_session_timeout = 0;
SET client_encoding = 'UTF8';
SET standard_conforming_strings = on;
SELECT pg_catalog.set_config('search_path', '', false);
SET check_function_bodies = false;
SET xmloption = content;
SET client_min_messages = warning;
SET row_security = off;

SET default_tablespace = '';

SET default_table_access_method = heap;

--
-- Name: alerts; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.alerts (
    id bigint NOT NULL,
    province text NOT NULL,
    indicator text NOT NULL,
    period text NOT NULL,
    value double precision,
    target double precision NOT NULL,
    behind_since timestamp with time zone NOT NULL,
    acknowledged_by text,
    acknowledged_at timestamp with time zone,
    state text DEFAULT 'firing'::text NOT NULL,
    status text DEFAULT 'behind'::text NOT NULL,
    fired_at timestamp with time zone,
    clear_since timestamp with time zone,
    resolved_at timestamp with time zone,
    silence_id bigint
);


--
-- Name: alerts_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.alerts ALTER COLUMN id ADD GENERATED ALWAYS AS IDENTITY (
    SEQUENCE NAME public.alerts_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: api_keys; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.api_keys (
    id text NOT NULL,
    name text NOT NULL,
    key_hash text NOT NULL,
    role text NOT NULL,
    provinces text NOT NULL,
    created_at timestamp with time zone NOT NULL,
    revoked_at timestamp with time zone
);


--
-- Name: deliveries; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.deliveries (
    id bigint NOT NULL,
    delivery_key text NOT NULL,
    subscription_id text NOT NULL,
    status text NOT NULL,
    created_at timestamp with time zone NOT NULL,
    due_at timestamp with time zone NOT NULL,
    give_up_at timestamp with time zone NOT NULL,
    attempts integer NOT NULL,
    last_error text,
    last_attempt_at timestamp with time zone,
    sent_at timestamp with time zone,
    lease_token text,
    lease_until timestamp with time zone
);


--
-- Name: deliveries_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.deliveries ALTER COLUMN id ADD GENERATED ALWAYS AS IDENTITY (
    SEQUENCE NAME public.deliveries_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: delivery_alerts; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.delivery_alerts (
    alert_id bigint NOT NULL,
    change text NOT NULL,
    delivery_id bigint NOT NULL,
    province text NOT NULL,
    indicator text NOT NULL,
    period text NOT NULL,
    value double precision,
    target double precision NOT NULL,
    status text NOT NULL,
    changed_at timestamp with time zone NOT NULL
);


--
-- Name: delta_log; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.delta_log (
    province text NOT NULL,
    indicator text NOT NULL,
    sequence bigint NOT NULL,
    bucket integer NOT NULL,
    v0 bigint NOT NULL,
    v1 bigint NOT NULL,
    v2 bigint NOT NULL,
    v3 bigint NOT NULL,
    v4 bigint NOT NULL,
    v5 bigint NOT NULL,
    recorded_at timestamp with time zone NOT NULL,
    day integer NOT NULL
);


--
-- Name: dossiers; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.dossiers (
    province text NOT NULL,
    dossier_id text NOT NULL,
    level text NOT NULL,
    channel text NOT NULL,
    procedure_code text,
    received_at timestamp with time zone NOT NULL,
    due_at timestamp with time zone NOT NULL,
    resolved_at timestamp with time zone,
    status text NOT NULL,
    updated_at timestamp with time zone NOT NULL
);


--
-- Name: edoc_counts; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.edoc_counts (
    province text NOT NULL,
    agency text NOT NULL,
    level text NOT NULL,
    direction text NOT NULL,
    period text NOT NULL,
    electronic bigint NOT NULL,
    total bigint NOT NULL,
    updated_at timestamp with time zone NOT NULL
);


--
-- Name: grain_state; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.grain_state (
    grain_type text NOT NULL,
    grain_key text NOT NULL,
    state_name text NOT NULL,
    payload text NOT NULL,
    version bigint NOT NULL,
    updated_at timestamp with time zone NOT NULL
);


--
-- Name: issued_reports; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.issued_reports (
    id bigint NOT NULL,
    scope text NOT NULL,
    period text NOT NULL,
    cutoff text NOT NULL,
    issued_at timestamp with time zone NOT NULL,
    fingerprint text NOT NULL,
    html text NOT NULL,
    docx bytea NOT NULL,
    xlsx bytea NOT NULL
);


--
-- Name: issued_reports_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.issued_reports ALTER COLUMN id ADD GENERATED ALWAYS AS IDENTITY (
    SEQUENCE NAME public.issued_reports_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: ledger; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.ledger (
    province text NOT NULL,
    indicator text NOT NULL,
    last_sequence bigint NOT NULL
);


--
-- Name: orleans_membership; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.orleans_membership (
    deployment_id text NOT NULL,
    address text NOT NULL,
    port integer NOT NULL,
    generation integer NOT NULL,
    silo_name text NOT NULL,
    host_name text NOT NULL,
    status integer NOT NULL,
    proxy_port integer,
    suspect_times text,
    start_time timestamp with time zone NOT NULL,
    i_am_alive_time timestamp with time zone NOT NULL
);


--
-- Name: orleans_membership_version; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.orleans_membership_version (
    deployment_id text NOT NULL,
    version integer DEFAULT 0 NOT NULL,
    changed_at timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: orleansquery; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.orleansquery (
    querykey character varying(64) NOT NULL,
    querytext text NOT NULL
);


--
-- Name: procedures; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.procedures (
    province text NOT NULL,
    code text NOT NULL,
    name text NOT NULL,
    online_level integer NOT NULL,
    updated_at timestamp with time zone NOT NULL
);


--
-- Name: province_mappings; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.province_mappings (
    kind text NOT NULL,
    code text NOT NULL,
    province text NOT NULL
);


--
-- Name: schema_version; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.schema_version (
    version integer NOT NULL,
    description text NOT NULL,
    applied_at timestamp with time zone NOT NULL
);


--
-- Name: silences; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.silences (
    id bigint NOT NULL,
    province text,
    indicator text,
    ends_at timestamp with time zone NOT NULL,
    reason text NOT NULL,
    created_by text NOT NULL,
    created_at timestamp with time zone NOT NULL,
    ended_by text
);


--
-- Name: silences_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.silences ALTER COLUMN id ADD GENERATED ALWAYS AS IDENTITY (
    SEQUENCE NAME public.silences_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: subscription_coverage; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.subscription_coverage (
    province text NOT NULL,
    indicator text NOT NULL,
    subscription_id text NOT NULL
);


--
-- Name: subscriptions; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.subscriptions (
    id text NOT NULL,
    channel text NOT NULL,
    target text NOT NULL,
    digest_hour integer,
    secret text,
    owner_key text NOT NULL,
    created_by text NOT NULL,
    created_at timestamp with time zone NOT NULL,
    deleted_at timestamp with time zone
);


--
-- Name: targets; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.targets (
    province text NOT NULL,
    indicator text NOT NULL,
    value double precision NOT NULL,
    deadline text,
    source text NOT NULL,
    set_by text NOT NULL,
    set_at timestamp with time zone NOT NULL
);


--
-- Data for Name: alerts; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.alerts OVERRIDING SYSTEM VALUE VALUES (1, '79', 'ontime', '2026-12', 0.5, 0.9, '2026-12-07 13:25:39.444463+00', 'Văn phòng UBND tỉnh - theo dõi', '2026-12-07 13:25:49.98031+00', 'firing', 'behind', '2026-12-07 13:25:41.780452+00', NULL, NULL, NULL);
INSERT INTO public.alerts OVERRIDING SYSTEM VALUE VALUES (2, '01', 'ontime', '2026-12', 0.5, 0.95, '2026-12-07 13:25:50.082596+00', NULL, NULL, 'firing', 'behind', '2026-12-07 13:25:52.116567+00', NULL, NULL, NULL);
INSERT INTO public.alerts OVERRIDING SYSTEM VALUE VALUES (3, '31', 'ontime', '2026-12', 0.9545454545454546, 0.95, '2026-12-07 13:25:55.706739+00', NULL, NULL, 'resolved', 'at-risk', '2026-12-07 13:25:58.119098+00', '2026-12-07 13:26:01.715228+00', '2026-12-07 13:26:04.118731+00', NULL);
INSERT INTO public.alerts OVERRIDING SYSTEM VALUE VALUES (4, '48', 'ontime', '2026-12', 0.5, 0.95, '2026-12-07 13:26:04.532213+00', NULL, NULL, 'firing', 'behind', '2026-12-07 13:26:06.616964+00', NULL, NULL, 1);
INSERT INTO public.alerts OVERRIDING SYSTEM VALUE VALUES (5, '92', 'ontime', '2026-12', 0.9545454545454546, 0.95, '2026-12-07 13:26:06.736303+00', NULL, NULL, 'resolved', 'at-risk', '2026-12-07 13:26:09.117234+00', '2026-12-07 13:26:09.338934+00', '2026-12-07 13:26:11.617433+00', 2);
INSERT INTO public.alerts OVERRIDING SYSTEM VALUE VALUES (6, '33', 'ontime', '2026-12', 0.9545454545454546, 0.95, '2026-12-07 13:26:12.14053+00', NULL, NULL, 'resolved', 'at-risk', '2026-12-07 13:26:14.617161+00', '2026-12-07 13:26:21.61403+00', '2026-12-07 13:26:24.059766+00', NULL);
INSERT INTO public.alerts OVERRIDING SYSTEM VALUE VALUES (7, '96', 'ontime', '2026-12', 0.5, 0.95, '2026-12-07 13:26:24.58618+00', NULL, NULL, 'pending', 'behind', NULL, NULL, NULL, NULL);


--
-- Data for Name: api_keys; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.api_keys VALUES ('NbiJB5cs', 'bootstrap admin', 'b3e0405341ed3542828eb4ddd5d48e29050b856d179096ea32ae24ff5638f3c9', 'admin', '', '2026-12-07 13:25:33.558733+00', NULL);
INSERT INTO public.api_keys VALUES ('QIRgINwJ', 'Trung tâm Phục vụ hành chính công TP. Hồ Chí Minh', 'd8f89ef8eaa7e480e198e65e9e9f4950882a117079310e5a0d4712b3a9d86b62', 'office', '79', '2026-12-07 13:25:34.576108+00', NULL);
INSERT INTO public.api_keys VALUES ('wh87pWc0', 'Văn phòng UBND tỉnh - theo dõi', 'b17f823865182aa47ee447501aa0b93b6d1b1a6b68ab6fb7849dd28cd4926dd2', 'viewer', '', '2026-12-07 13:25:34.603691+00', NULL);
INSERT INTO public.api_keys VALUES ('Qr-6iS41', 'Khách xem tạm (đã thu hồi)', '098465fc1fb7cf9a9dadf84397c5a147a37b766ffe71143af10d6848e23a0bb9', 'viewer', '', '2026-12-07 13:25:34.615355+00', '2026-12-07 13:25:34.618122+00');


--
-- Data for Name: deliveries; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.deliveries OVERRIDING SYSTEM VALUE VALUES (1, '01a250ae-7b29-71f9-9837-dd94cdbb872b', 'sub-033ff165de24e2ce', 'sent', '2026-12-07 13:25:41.79605+00', '2026-12-07 13:25:41.79605+00', '2026-12-07 13:25:49.79605+00', 1, NULL, '2026-12-07 13:25:42.08678+00', '2026-12-07 13:25:42.08678+00', NULL, NULL);
INSERT INTO public.deliveries OVERRIDING SYSTEM VALUE VALUES (2, '01a250ae-7b7f-7962-b402-58647987aba1', 'sub-a208da9912c8b2f2', 'failed', '2026-12-07 13:25:41.79605+00', '2026-12-07 13:25:49.79605+00', '2026-12-07 13:25:49.79605+00', 4, 'the receiver answered 500 Internal Server Error', '2026-12-07 13:25:49.842903+00', NULL, NULL, NULL);
INSERT INTO public.deliveries OVERRIDING SYSTEM VALUE VALUES (4, '01a250ae-a381-7e20-b0db-b94c6de14a55', 'sub-7a32279504300511', 'pending', '2026-12-07 13:25:52.123509+00', '2026-12-08 01:00:00+00', '2026-12-08 01:00:08+00', 0, NULL, NULL, NULL, NULL, NULL);
INSERT INTO public.deliveries OVERRIDING SYSTEM VALUE VALUES (3, '01a250ae-a37c-7474-8c4e-523eaed172ea', 'sub-033ff165de24e2ce', 'sent', '2026-12-07 13:25:52.123509+00', '2026-12-07 13:25:55.229864+00', '2026-12-07 13:26:00.123509+00', 2, 'the receiver answered 500 Internal Server Error', '2026-12-07 13:25:55.430624+00', '2026-12-07 13:25:55.430624+00', NULL, NULL);
INSERT INTO public.deliveries OVERRIDING SYSTEM VALUE VALUES (5, '01a250ae-baea-716a-af21-0a854169ed41', 'sub-033ff165de24e2ce', 'sent', '2026-12-07 13:25:58.122322+00', '2026-12-07 13:25:58.122322+00', '2026-12-07 13:26:06.122322+00', 1, NULL, '2026-12-07 13:25:58.22875+00', '2026-12-07 13:25:58.22875+00', NULL, NULL);
INSERT INTO public.deliveries OVERRIDING SYSTEM VALUE VALUES (6, '01a250ae-baec-729a-8a6b-0edb44f5c361', 'sub-a25b628954420246', 'cancelled', '2026-12-07 13:25:58.122322+00', '2026-12-07 13:26:01.231441+00', '2026-12-07 13:26:06.122322+00', 1, 'the receiver answered 500 Internal Server Error', '2026-12-07 13:25:58.231441+00', NULL, NULL, NULL);
INSERT INTO public.deliveries OVERRIDING SYSTEM VALUE VALUES (7, '01a250ae-d25b-7967-b7b4-2e659972d8d4', 'sub-033ff165de24e2ce', 'sent', '2026-12-07 13:26:04.12287+00', '2026-12-07 13:26:04.12287+00', '2026-12-07 13:26:12.12287+00', 1, NULL, '2026-12-07 13:26:04.227696+00', '2026-12-07 13:26:04.227696+00', NULL, NULL);
INSERT INTO public.deliveries OVERRIDING SYSTEM VALUE VALUES (8, '01a250ae-fb5b-7c37-b9a9-09acb53809ef', 'sub-033ff165de24e2ce', 'sent', '2026-12-07 13:26:14.618938+00', '2026-12-07 13:26:14.618938+00', '2026-12-07 13:26:22.618938+00', 1, NULL, '2026-12-07 13:26:14.628312+00', '2026-12-07 13:26:14.628312+00', NULL, NULL);
INSERT INTO public.deliveries OVERRIDING SYSTEM VALUE VALUES (9, '01a250af-2082-72ba-adbe-eb2335a0c1f8', 'sub-033ff165de24e2ce', 'pending', '2026-12-07 13:26:24.110953+00', '2026-12-07 14:26:24.384169+00', '2026-12-08 13:26:24.110953+00', 1, 'the receiver answered 500 Internal Server Error', '2026-12-07 13:26:24.384169+00', NULL, NULL, NULL);


--
-- Data for Name: delivery_alerts; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.delivery_alerts VALUES (1, 'firing', 1, '79', 'ontime', '2026-12', 0.5, 0.9, 'behind', '2026-12-07 13:25:41.79605+00');
INSERT INTO public.delivery_alerts VALUES (1, 'firing', 2, '79', 'ontime', '2026-12', 0.5, 0.9, 'behind', '2026-12-07 13:25:41.79605+00');
INSERT INTO public.delivery_alerts VALUES (2, 'firing', 3, '01', 'ontime', '2026-12', 0.5, 0.95, 'behind', '2026-12-07 13:25:52.123509+00');
INSERT INTO public.delivery_alerts VALUES (2, 'firing', 4, '01', 'ontime', '2026-12', 0.5, 0.95, 'behind', '2026-12-07 13:25:52.123509+00');
INSERT INTO public.delivery_alerts VALUES (3, 'firing', 5, '31', 'ontime', '2026-12', 0.5, 0.95, 'behind', '2026-12-07 13:25:58.122322+00');
INSERT INTO public.delivery_alerts VALUES (3, 'firing', 4, '31', 'ontime', '2026-12', 0.5, 0.95, 'behind', '2026-12-07 13:25:58.122322+00');
INSERT INTO public.delivery_alerts VALUES (3, 'firing', 6, '31', 'ontime', '2026-12', 0.5, 0.95, 'behind', '2026-12-07 13:25:58.122322+00');
INSERT INTO public.delivery_alerts VALUES (3, 'resolved', 7, '31', 'ontime', '2026-12', 0.9545454545454546, 0.95, 'at-risk', '2026-12-07 13:26:04.12287+00');
INSERT INTO public.delivery_alerts VALUES (3, 'resolved', 4, '31', 'ontime', '2026-12', 0.9545454545454546, 0.95, 'at-risk', '2026-12-07 13:26:04.12287+00');
INSERT INTO public.delivery_alerts VALUES (6, 'firing', 8, '33', 'ontime', '2026-12', 0.5, 0.95, 'behind', '2026-12-07 13:26:14.618938+00');
INSERT INTO public.delivery_alerts VALUES (6, 'firing', 4, '33', 'ontime', '2026-12', 0.5, 0.95, 'behind', '2026-12-07 13:26:14.618938+00');
INSERT INTO public.delivery_alerts VALUES (6, 'resolved', 9, '33', 'ontime', '2026-12', 0.9545454545454546, 0.95, 'at-risk', '2026-12-07 13:26:24.110953+00');
INSERT INTO public.delivery_alerts VALUES (6, 'resolved', 4, '33', 'ontime', '2026-12', 0.9545454545454546, 0.95, 'at-risk', '2026-12-07 13:26:24.110953+00');


--
-- Data for Name: delta_log; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.delta_log VALUES ('79', 'online-l4', 1, 0, 40, 10, 14, 16, 0, 0, '2026-12-07 13:25:38.333335+00', 20261207);
INSERT INTO public.delta_log VALUES ('01', 'edoc', 1, 202610, 369, 410, 0, 0, 0, 0, '2026-12-07 13:25:38.690243+00', 20261207);
INSERT INTO public.delta_log VALUES ('01', 'edoc', 2, 202611, 389, 410, 0, 0, 0, 0, '2026-12-07 13:25:38.690243+00', 20261207);
INSERT INTO public.delta_log VALUES ('01', 'edoc', 3, 202612, 410, 410, 0, 0, 0, 0, '2026-12-07 13:25:38.690243+00', 20261207);
INSERT INTO public.delta_log VALUES ('79', 'edoc', 1, 202610, 369, 410, 0, 0, 0, 0, '2026-12-07 13:25:38.690243+00', 20261207);
INSERT INTO public.delta_log VALUES ('79', 'edoc', 2, 202611, 389, 410, 0, 0, 0, 0, '2026-12-07 13:25:38.690243+00', 20261207);
INSERT INTO public.delta_log VALUES ('79', 'edoc', 3, 202612, 410, 410, 0, 0, 0, 0, '2026-12-07 13:25:38.690243+00', 20261207);
INSERT INTO public.delta_log VALUES ('01', 'online-dossier', 1, 202610, 30, 25, 5, 0, 0, 0, '2026-12-07 13:25:38.797198+00', 20261207);
INSERT INTO public.delta_log VALUES ('01', 'ontime', 1, 202610, 30, 28, 0, 2, 0, 0, '2026-12-07 13:25:38.797198+00', 20261207);
INSERT INTO public.delta_log VALUES ('01', 'online-dossier', 2, 202611, 37, 32, 5, 0, 0, 0, '2026-12-07 13:25:38.797198+00', 20261207);
INSERT INTO public.delta_log VALUES ('01', 'ontime', 2, 202611, 37, 32, 0, 3, 0, 0, '2026-12-07 13:25:38.797198+00', 20261207);
INSERT INTO public.delta_log VALUES ('01', 'ontime', 3, 20261226, 2, 0, 0, 0, 0, 0, '2026-12-07 13:25:38.797198+00', 20261207);
INSERT INTO public.delta_log VALUES ('79', 'online-dossier', 1, 202610, 32, 27, 5, 0, 0, 0, '2026-12-07 13:25:38.901014+00', 20261207);
INSERT INTO public.delta_log VALUES ('79', 'ontime', 1, 202610, 32, 31, 0, 1, 0, 0, '2026-12-07 13:25:38.901014+00', 20261207);
INSERT INTO public.delta_log VALUES ('79', 'online-dossier', 2, 202611, 39, 33, 6, 0, 0, 0, '2026-12-07 13:25:38.901014+00', 20261207);
INSERT INTO public.delta_log VALUES ('79', 'ontime', 2, 202611, 39, 32, 0, 4, 0, 0, '2026-12-07 13:25:38.901014+00', 20261207);
INSERT INTO public.delta_log VALUES ('79', 'ontime', 3, 20261226, 3, 0, 0, 0, 0, 0, '2026-12-07 13:25:38.901014+00', 20261207);
INSERT INTO public.delta_log VALUES ('31', 'online-dossier', 1, 202610, 20, 17, 3, 0, 0, 0, '2026-12-07 13:25:39.003032+00', 20261207);
INSERT INTO public.delta_log VALUES ('31', 'ontime', 1, 202610, 20, 20, 0, 0, 0, 0, '2026-12-07 13:25:39.003032+00', 20261207);
INSERT INTO public.delta_log VALUES ('31', 'online-dossier', 2, 202611, 25, 21, 4, 0, 0, 0, '2026-12-07 13:25:39.003032+00', 20261207);
INSERT INTO public.delta_log VALUES ('31', 'ontime', 2, 202611, 25, 19, 0, 6, 0, 0, '2026-12-07 13:25:39.003032+00', 20261207);
INSERT INTO public.delta_log VALUES ('19', 'online-dossier', 1, 202612, 12, 8, 4, 0, 0, 0, '2026-12-07 13:25:39.034233+00', 20261207);
INSERT INTO public.delta_log VALUES ('19', 'ontime', 1, 202612, 12, 9, 0, 0, 0, 0, '2026-12-07 13:25:39.034233+00', 20261207);
INSERT INTO public.delta_log VALUES ('19', 'ontime', 2, 20261231, 3, 0, 0, 0, 0, 0, '2026-12-07 13:25:39.034233+00', 20261207);
INSERT INTO public.delta_log VALUES ('22', 'online-dossier', 1, 202612, 8, 4, 4, 0, 0, 0, '2026-12-07 13:25:39.076794+00', 20261207);
INSERT INTO public.delta_log VALUES ('22', 'ontime', 1, 202612, 8, 6, 0, 0, 0, 0, '2026-12-07 13:25:39.076794+00', 20261207);
INSERT INTO public.delta_log VALUES ('22', 'ontime', 2, 20261221, 2, 0, 0, 0, 0, 0, '2026-12-07 13:25:39.076794+00', 20261207);
INSERT INTO public.delta_log VALUES ('79', 'online-dossier', 3, 202612, 45, 41, 3, 1, 0, 0, '2026-12-07 13:25:39.380006+00', 20261207);
INSERT INTO public.delta_log VALUES ('79', 'ontime', 4, 202612, 45, 20, 0, 20, 1, 1, '2026-12-07 13:25:39.380006+00', 20261207);
INSERT INTO public.delta_log VALUES ('79', 'ontime', 5, 20261202, 1, 0, 0, 0, 0, 0, '2026-12-07 13:25:39.380006+00', 20261207);
INSERT INTO public.delta_log VALUES ('79', 'ontime', 6, 20270105, 2, 0, 0, 0, 0, 0, '2026-12-07 13:25:39.380006+00', 20261207);
INSERT INTO public.delta_log VALUES ('01', 'online-dossier', 3, 202612, 40, 40, 0, 0, 0, 0, '2026-12-07 13:25:49.988232+00', 20261207);
INSERT INTO public.delta_log VALUES ('01', 'ontime', 4, 202612, 40, 20, 0, 20, 0, 0, '2026-12-07 13:25:49.988232+00', 20261207);
INSERT INTO public.delta_log VALUES ('31', 'online-dossier', 3, 202612, 40, 40, 0, 0, 0, 0, '2026-12-07 13:25:55.600218+00', 20261207);
INSERT INTO public.delta_log VALUES ('31', 'ontime', 3, 202612, 40, 20, 0, 20, 0, 0, '2026-12-07 13:25:55.600218+00', 20261207);
INSERT INTO public.delta_log VALUES ('31', 'online-dossier', 4, 202612, 400, 400, 0, 0, 0, 0, '2026-12-07 13:26:01.529971+00', 20261207);
INSERT INTO public.delta_log VALUES ('31', 'ontime', 4, 202612, 400, 400, 0, 0, 0, 0, '2026-12-07 13:26:01.529971+00', 20261207);
INSERT INTO public.delta_log VALUES ('48', 'online-dossier', 1, 202612, 40, 40, 0, 0, 0, 0, '2026-12-07 13:26:04.360966+00', 20261207);
INSERT INTO public.delta_log VALUES ('48', 'ontime', 1, 202612, 40, 20, 0, 20, 0, 0, '2026-12-07 13:26:04.360966+00', 20261207);
INSERT INTO public.delta_log VALUES ('92', 'online-dossier', 1, 202612, 40, 40, 0, 0, 0, 0, '2026-12-07 13:26:06.666305+00', 20261207);
INSERT INTO public.delta_log VALUES ('92', 'ontime', 1, 202612, 40, 20, 0, 20, 0, 0, '2026-12-07 13:26:06.666305+00', 20261207);
INSERT INTO public.delta_log VALUES ('92', 'online-dossier', 2, 202612, 400, 400, 0, 0, 0, 0, '2026-12-07 13:26:09.269822+00', 20261207);
INSERT INTO public.delta_log VALUES ('92', 'ontime', 2, 202612, 400, 400, 0, 0, 0, 0, '2026-12-07 13:26:09.269822+00', 20261207);
INSERT INTO public.delta_log VALUES ('33', 'online-dossier', 1, 202612, 40, 40, 0, 0, 0, 0, '2026-12-07 13:26:11.842989+00', 20261207);
INSERT INTO public.delta_log VALUES ('33', 'ontime', 1, 202612, 40, 20, 0, 20, 0, 0, '2026-12-07 13:26:11.842989+00', 20261207);
INSERT INTO public.delta_log VALUES ('33', 'online-dossier', 2, 202612, 400, 400, 0, 0, 0, 0, '2026-12-07 13:26:20.882987+00', 20261207);
INSERT INTO public.delta_log VALUES ('33', 'ontime', 2, 202612, 400, 400, 0, 0, 0, 0, '2026-12-07 13:26:20.882987+00', 20261207);
INSERT INTO public.delta_log VALUES ('96', 'online-dossier', 1, 202612, 40, 40, 0, 0, 0, 0, '2026-12-07 13:26:24.399003+00', 20261207);
INSERT INTO public.delta_log VALUES ('96', 'ontime', 1, 202612, 40, 20, 0, 20, 0, 0, '2026-12-07 13:26:24.399003+00', 20261207);


--
-- Data for Name: dossiers; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.dossiers VALUES ('01', 'HN-T2-000', 'province', 'in-person', NULL, '2026-10-03 01:00:00+00', '2026-10-04 01:00:00+00', '2026-10-08 01:00:00+00', 'resolved', '2026-12-07 13:25:38.797198+00');
INSERT INTO public.dossiers VALUES ('01', 'HN-T2-001', 'commune', 'online', NULL, '2026-10-04 01:00:00+00', '2026-10-05 01:00:00+00', '2026-10-09 01:00:00+00', 'resolved', '2026-12-07 13:25:38.797198+00');
INSERT INTO public.dossiers VALUES ('01', 'HN-T2-002', 'commune', 'online', NULL, '2026-10-05 01:00:00+00', '2026-10-15 01:00:00+00', '2026-10-10 01:00:00+00', 'resolved', '2026-12-07 13:25:38.797198+00');
INSERT INTO public.dossiers VALUES ('01', 'HN-T2-003', 'commune', 'online', NULL, '2026-10-06 01:00:00+00', '2026-10-16 01:00:00+00', '2026-10-11 01:00:00+00', 'resolved', '2026-12-07 13:25:38.797198+00');
INSERT INTO public.dossiers VALUES ('01', 'HN-T2-004', 'commune', 'online', NULL, '2026-10-07 01:00:00+00', '2026-10-17 01:00:00+00', '2026-10-12 01:00:00+00', 'resolved', '2026-12-07 13:25:38.797198+00');
INSERT INTO public.dossiers VALUES ('01', 'HN-T2-005', 'province', 'online', NULL, '2026-10-08 01:00:00+00', '2026-10-18 01:00:00+00', '2026-10-13 01:00:00+00', 'resolved', '2026-12-07 13:25:38.797198+00');
INSERT INTO public.dossiers VALUES ('01', 'HN-T2-006', 'commune', 'online', NULL, '2026-10-09 01:00:00+00', '2026-10-19 01:00:00+00', '2026-10-14 01:00:00+00', 'resolved', '2026-12-07 13:25:38.797198+00');
INSERT INTO public.dossiers VALUES ('01', 'HN-T2-007', 'commune', 'in-person', NULL, '2026-10-10 01:00:00+00', '2026-10-20 01:00:00+00', '2026-10-15 01:00:00+00', 'resolved', '2026-12-07 13:25:38.797198+00');
INSERT INTO public.dossiers VALUES ('01', 'HN-T2-008', 'commune', 'online', NULL, '2026-10-11 01:00:00+00', '2026-10-21 01:00:00+00', '2026-10-16 01:00:00+00', 'resolved', '2026-12-07 13:25:38.797198+00');
INSERT INTO public.dossiers VALUES ('01', 'HN-T2-009', 'commune', 'online', NULL, '2026-10-12 01:00:00+00', '2026-10-22 01:00:00+00', '2026-10-17 01:00:00+00', 'resolved', '2026-12-07 13:25:38.797198+00');
INSERT INTO public.dossiers VALUES ('01', 'HN-T2-010', 'province', 'online', NULL, '2026-10-03 01:00:00+00', '2026-10-13 01:00:00+00', '2026-10-08 01:00:00+00', 'resolved', '2026-12-07 13:25:38.797198+00');
INSERT INTO public.dossiers VALUES ('01', 'HN-T2-011', 'commune', 'online', NULL, '2026-10-04 01:00:00+00', '2026-10-14 01:00:00+00', '2026-10-09 01:00:00+00', 'resolved', '2026-12-07 13:25:38.797198+00');
INSERT INTO public.dossiers VALUES ('01', 'HN-T2-012', 'commune', 'online', NULL, '2026-10-05 01:00:00+00', '2026-10-15 01:00:00+00', '2026-10-10 01:00:00+00', 'resolved', '2026-12-07 13:25:38.797198+00');
INSERT INTO public.dossiers VALUES ('01', 'HN-T2-013', 'commune', 'online', NULL, '2026-10-06 01:00:00+00', '2026-10-16 01:00:00+00', '2026-10-11 01:00:00+00', 'resolved', '2026-12-07 13:25:38.797198+00');
INSERT INTO public.dossiers VALUES ('01', 'HN-T2-014', 'commune', 'in-person', NULL, '2026-10-07 01:00:00+00', '2026-10-17 01:00:00+00', '2026-10-12 01:00:00+00', 'resolved', '2026-12-07 13:25:38.797198+00');
INSERT INTO public.dossiers VALUES ('01', 'HN-T2-015', 'province', 'online', NULL, '2026-10-08 01:00:00+00', '2026-10-18 01:00:00+00', '2026-10-13 01:00:00+00', 'resolved', '2026-12-07 13:25:38.797198+00');
INSERT INTO public.dossiers VALUES ('01', 'HN-T2-016', 'commune', 'online', NULL, '2026-10-09 01:00:00+00', '2026-10-19 01:00:00+00', '2026-10-14 01:00:00+00', 'resolved', '2026-12-07 13:25:38.797198+00');
INSERT INTO public.dossiers VALUES ('01', 'HN-T2-017', 'commune', 'online', NULL, '2026-10-10 01:00:00+00', '2026-10-20 01:00:00+00', '2026-10-15 01:00:00+00', 'resolved', '2026-12-07 13:25:38.797198+00');
INSERT INTO public.dossiers VALUES ('01', 'HN-T2-018', 'commune', 'online', NULL, '2026-10-11 01:00:00+00', '2026-10-21 01:00:00+00', '2026-10-16 01:00:00+00', 'resolved', '2026-12-07 13:25:38.797198+00');
INSERT INTO public.dossiers VALUES ('01', 'HN-T2-019', 'commune', 'online', NULL, '2026-10-12 01:00:00+00', '2026-10-22 01:00:00+00', '2026-10-17 01:00:00+00', 'resolved', '2026-12-07 13:25:38.797198+00');
INSERT INTO public.dossiers VALUES ('01', 'HN-T2-020', 'province', 'online', NULL, '2026-10-03 01:00:00+00', '2026-10-13 01:00:00+00', '2026-10-08 01:00:00+00', 'resolved', '2026-12-07 13:25:38.797198+00');
INSERT INTO public.dossiers VALUES ('01', 'HN-T2-021', 'commune', 'in-person', NULL, '2026-10-04 01:00:00+00', '2026-10-14 01:00:00+00', '2026-10-09 01:00:00+00', 'resolved', '2026-12-07 13:25:38.797198+00');
INSERT INTO public.dossiers VALUES ('01', 'HN-T2-022', 'commune', 'online', NULL, '2026-10-05 01:00:00+00', '2026-10-15 01:00:00+00', '2026-10-10 01:00:00+00', 'resolved', '2026-12-07 13:25:38.797198+00');
INSERT INTO public.dossiers VALUES ('01', 'HN-T2-023', 'commune', 'online', NULL, '2026-10-06 01:00:00+00', '2026-10-16 01:00:00+00', '2026-10-11 01:00:00+00', 'resolved', '2026-12-07 13:25:38.797198+00');
INSERT INTO public.dossiers VALUES ('01', 'HN-T2-024', 'commune', 'online', NULL, '2026-10-07 01:00:00+00', '2026-10-17 01:00:00+00', '2026-10-12 01:00:00+00', 'resolved', '2026-12-07 13:25:38.797198+00');
INSERT INTO public.dossiers VALUES ('01', 'HN-T2-025', 'province', 'online', NULL, '2026-10-08 01:00:00+00', '2026-10-18 01:00:00+00', '2026-10-13 01:00:00+00', 'resolved', '2026-12-07 13:25:38.797198+00');
INSERT INTO public.dossiers VALUES ('01', 'HN-T2-026', 'commune', 'online', NULL, '2026-10-09 01:00:00+00', '2026-10-19 01:00:00+00', '2026-10-14 01:00:00+00', 'resolved', '2026-12-07 13:25:38.797198+00');
INSERT INTO public.dossiers VALUES ('01', 'HN-T2-027', 'commune', 'online', NULL, '2026-10-10 01:00:00+00', '2026-10-20 01:00:00+00', '2026-10-15 01:00:00+00', 'resolved', '2026-12-07 13:25:38.797198+00');
INSERT INTO public.dossiers VALUES ('01', 'HN-T2-028', 'commune', 'in-person', NULL, '2026-10-11 01:00:00+00', '2026-10-21 01:00:00+00', '2026-10-16 01:00:00+00', 'resolved', '2026-12-07 13:25:38.797198+00');
INSERT INTO public.dossiers VALUES ('01', 'HN-T2-029', 'commune', 'online', NULL, '2026-10-12 01:00:00+00', '2026-10-22 01:00:00+00', '2026-10-17 01:00:00+00', 'resolved', '2026-12-07 13:25:38.797198+00');
INSERT INTO public.dossiers VALUES ('01', 'HN-T1-000', 'province', 'in-person', NULL, '2026-11-03 01:00:00+00', '2026-11-04 01:00:00+00', '2026-11-08 01:00:00+00', 'resolved', '2026-12-07 13:25:38.797198+00');
INSERT INTO public.dossiers VALUES ('01', 'HN-T1-001', 'commune', 'online', NULL, '2026-11-04 01:00:00+00', '2026-11-05 01:00:00+00', '2026-11-09 01:00:00+00', 'resolved', '2026-12-07 13:25:38.797198+00');
INSERT INTO public.dossiers VALUES ('01', 'HN-T1-002', 'commune', 'online', NULL, '2026-11-05 01:00:00+00', '2026-11-06 01:00:00+00', '2026-11-10 01:00:00+00', 'resolved', '2026-12-07 13:25:38.797198+00');
INSERT INTO public.dossiers VALUES ('01', 'HN-T1-003', 'commune', 'online', NULL, '2026-11-06 01:00:00+00', '2026-11-16 01:00:00+00', '2026-11-11 01:00:00+00', 'resolved', '2026-12-07 13:25:38.797198+00');
INSERT INTO public.dossiers VALUES ('01', 'HN-T1-004', 'commune', 'online', NULL, '2026-11-07 01:00:00+00', '2026-11-17 01:00:00+00', '2026-11-12 01:00:00+00', 'resolved', '2026-12-07 13:25:38.797198+00');
INSERT INTO public.dossiers VALUES ('01', 'HN-T1-005', 'province', 'online', NULL, '2026-11-08 01:00:00+00', '2026-11-18 01:00:00+00', '2026-11-13 01:00:00+00', 'resolved', '2026-12-07 13:25:38.797198+00');
INSERT INTO public.dossiers VALUES ('01', 'HN-T1-006', 'commune', 'online', NULL, '2026-11-09 01:00:00+00', '2026-11-19 01:00:00+00', '2026-11-14 01:00:00+00', 'resolved', '2026-12-07 13:25:38.797198+00');
INSERT INTO public.dossiers VALUES ('01', 'HN-T1-007', 'commune', 'in-person', NULL, '2026-11-10 01:00:00+00', '2026-11-20 01:00:00+00', '2026-11-15 01:00:00+00', 'resolved', '2026-12-07 13:25:38.797198+00');
INSERT INTO public.dossiers VALUES ('01', 'HN-T1-008', 'commune', 'online', NULL, '2026-11-11 01:00:00+00', '2026-11-21 01:00:00+00', '2026-11-16 01:00:00+00', 'resolved', '2026-12-07 13:25:38.797198+00');
INSERT INTO public.dossiers VALUES ('01', 'HN-T1-009', 'commune', 'online', NULL, '2026-11-12 01:00:00+00', '2026-11-22 01:00:00+00', '2026-11-17 01:00:00+00', 'resolved', '2026-12-07 13:25:38.797198+00');
INSERT INTO public.dossiers VALUES ('01', 'HN-T1-010', 'province', 'online', NULL, '2026-11-03 01:00:00+00', '2026-11-13 01:00:00+00', '2026-11-08 01:00:00+00', 'resolved', '2026-12-07 13:25:38.797198+00');
INSERT INTO public.dossiers VALUES ('01', 'HN-T1-011', 'commune', 'online', NULL, '2026-11-04 01:00:00+00', '2026-11-14 01:00:00+00', '2026-11-09 01:00:00+00', 'resolved', '2026-12-07 13:25:38.797198+00');
INSERT INTO public.dossiers VALUES ('01', 'HN-T1-012', 'commune', 'online', NULL, '2026-11-05 01:00:00+00', '2026-11-15 01:00:00+00', '2026-11-10 01:00:00+00', 'resolved', '2026-12-07 13:25:38.797198+00');
INSERT INTO public.dossiers VALUES ('01', 'HN-T1-013', 'commune', 'online', NULL, '2026-11-06 01:00:00+00', '2026-11-16 01:00:00+00', '2026-11-11 01:00:00+00', 'resolved', '2026-12-07 13:25:38.797198+00');
INSERT INTO public.dossiers VALUES ('01', 'HN-T1-014', 'commune', 'in-person', NULL, '2026-11-07 01:00:00+00', '2026-11-17 01:00:00+00', '2026-11-12 01:00:00+00', 'resolved', '2026-12-07 13:25:38.797198+00');
INSERT INTO public.dossiers VALUES ('01', 'HN-T1-015', 'province', 'online', NULL, '2026-11-08 01:00:00+00', '2026-11-18 01:00:00+00', '2026-11-13 01:00:00+00', 'resolved', '2026-12-07 13:25:38.797198+00');
INSERT INTO public.dossiers VALUES ('01', 'HN-T1-016', 'commune', 'online', NULL, '2026-11-09 01:00:00+00', '2026-11-19 01:00:00+00', '2026-11-14 01:00:00+00', 'resolved', '2026-12-07 13:25:38.797198+00');
INSERT INTO public.dossiers VALUES ('01', 'HN-T1-017', 'commune', 'online', NULL, '2026-11-10 01:00:00+00', '2026-11-20 01:00:00+00', '2026-11-15 01:00:00+00', 'resolved', '2026-12-07 13:25:38.797198+00');
INSERT INTO public.dossiers VALUES ('01', 'HN-T1-018', 'commune', 'online', NULL, '2026-11-11 01:00:00+00', '2026-11-21 01:00:00+00', '2026-11-16 01:00:00+00', 'resolved', '2026-12-07 13:25:38.797198+00');
INSERT INTO public.dossiers VALUES ('01', 'HN-T1-019', 'commune', 'online', NULL, '2026-11-12 01:00:00+00', '2026-11-22 01:00:00+00', '2026-11-17 01:00:00+00', 'resolved', '2026-12-07 13:25:38.797198+00');
INSERT INTO public.dossiers VALUES ('01', 'HN-T1-020', 'province', 'online', NULL, '2026-11-03 01:00:00+00', '2026-11-13 01:00:00+00', '2026-11-08 01:00:00+00', 'resolved', '2026-12-07 13:25:38.797198+00');
INSERT INTO public.dossiers VALUES ('01', 'HN-T1-021', 'commune', 'in-person', NULL, '2026-11-04 01:00:00+00', '2026-11-14 01:00:00+00', '2026-11-09 01:00:00+00', 'resolved', '2026-12-07 13:25:38.797198+00');
INSERT INTO public.dossiers VALUES ('01', 'HN-T1-022', 'commune', 'online', NULL, '2026-11-05 01:00:00+00', '2026-11-15 01:00:00+00', '2026-11-10 01:00:00+00', 'resolved', '2026-12-07 13:25:38.797198+00');
INSERT INTO public.dossiers VALUES ('01', 'HN-T1-023', 'commune', 'online', NULL, '2026-11-06 01:00:00+00', '2026-11-16 01:00:00+00', '2026-11-11 01:00:00+00', 'resolved', '2026-12-07 13:25:38.797198+00');
INSERT INTO public.dossiers VALUES ('01', 'HN-T1-024', 'commune', 'online', NULL, '2026-11-07 01:00:00+00', '2026-11-17 01:00:00+00', '2026-11-12 01:00:00+00', 'resolved', '2026-12-07 13:25:38.797198+00');
INSERT INTO public.dossiers VALUES ('01', 'HN-T1-025', 'province', 'online', NULL, '2026-11-08 01:00:00+00', '2026-11-18 01:00:00+00', '2026-11-13 01:00:00+00', 'resolved', '2026-12-07 13:25:38.797198+00');
INSERT INTO public.dossiers VALUES ('01', 'HN-T1-026', 'commune', 'online', NULL, '2026-11-09 01:00:00+00', '2026-11-19 01:00:00+00', '2026-11-14 01:00:00+00', 'resolved', '2026-12-07 13:25:38.797198+00');
INSERT INTO public.dossiers VALUES ('01', 'HN-T1-027', 'commune', 'online', NULL, '2026-11-10 01:00:00+00', '2026-11-20 01:00:00+00', '2026-11-15 01:00:00+00', 'resolved', '2026-12-07 13:25:38.797198+00');
INSERT INTO public.dossiers VALUES ('01', 'HN-T1-028', 'commune', 'in-person', NULL, '2026-11-11 01:00:00+00', '2026-11-21 01:00:00+00', '2026-11-16 01:00:00+00', 'resolved', '2026-12-07 13:25:38.797198+00');
INSERT INTO public.dossiers VALUES ('01', 'HN-T1-029', 'commune', 'online', NULL, '2026-11-12 01:00:00+00', '2026-11-22 01:00:00+00', '2026-11-17 01:00:00+00', 'resolved', '2026-12-07 13:25:38.797198+00');
INSERT INTO public.dossiers VALUES ('01', 'HN-T1-030', 'province', 'online', NULL, '2026-11-03 01:00:00+00', '2026-11-13 01:00:00+00', '2026-11-08 01:00:00+00', 'resolved', '2026-12-07 13:25:38.797198+00');
INSERT INTO public.dossiers VALUES ('01', 'HN-T1-031', 'commune', 'online', NULL, '2026-11-04 01:00:00+00', '2026-11-14 01:00:00+00', '2026-11-09 01:00:00+00', 'resolved', '2026-12-07 13:25:38.797198+00');
INSERT INTO public.dossiers VALUES ('01', 'HN-T1-032', 'commune', 'online', NULL, '2026-11-05 01:00:00+00', '2026-11-15 01:00:00+00', '2026-11-10 01:00:00+00', 'resolved', '2026-12-07 13:25:38.797198+00');
INSERT INTO public.dossiers VALUES ('01', 'HN-T1-033', 'commune', 'online', NULL, '2026-11-06 01:00:00+00', '2026-11-16 01:00:00+00', '2026-11-11 01:00:00+00', 'resolved', '2026-12-07 13:25:38.797198+00');
INSERT INTO public.dossiers VALUES ('01', 'HN-T1-034', 'commune', 'online', NULL, '2026-11-07 01:00:00+00', '2026-11-17 01:00:00+00', '2026-11-12 01:00:00+00', 'resolved', '2026-12-07 13:25:38.797198+00');
INSERT INTO public.dossiers VALUES ('01', 'HN-T1-p0', 'commune', 'online', NULL, '2026-11-21 02:00:00+00', '2026-12-25 17:00:00+00', NULL, 'in-progress', '2026-12-07 13:25:38.797198+00');
INSERT INTO public.dossiers VALUES ('01', 'HN-T1-p1', 'commune', 'online', NULL, '2026-11-21 02:00:00+00', '2026-12-25 17:00:00+00', NULL, 'in-progress', '2026-12-07 13:25:38.797198+00');
INSERT INTO public.dossiers VALUES ('79', 'HCM-T2-000', 'province', 'in-person', NULL, '2026-10-03 01:00:00+00', '2026-10-04 01:00:00+00', '2026-10-08 01:00:00+00', 'resolved', '2026-12-07 13:25:38.901014+00');
INSERT INTO public.dossiers VALUES ('79', 'HCM-T2-001', 'commune', 'online', NULL, '2026-10-04 01:00:00+00', '2026-10-14 01:00:00+00', '2026-10-09 01:00:00+00', 'resolved', '2026-12-07 13:25:38.901014+00');
INSERT INTO public.dossiers VALUES ('79', 'HCM-T2-002', 'commune', 'online', NULL, '2026-10-05 01:00:00+00', '2026-10-15 01:00:00+00', '2026-10-10 01:00:00+00', 'resolved', '2026-12-07 13:25:38.901014+00');
INSERT INTO public.dossiers VALUES ('79', 'HCM-T2-003', 'commune', 'online', NULL, '2026-10-06 01:00:00+00', '2026-10-16 01:00:00+00', '2026-10-11 01:00:00+00', 'resolved', '2026-12-07 13:25:38.901014+00');
INSERT INTO public.dossiers VALUES ('79', 'HCM-T2-004', 'commune', 'online', NULL, '2026-10-07 01:00:00+00', '2026-10-17 01:00:00+00', '2026-10-12 01:00:00+00', 'resolved', '2026-12-07 13:25:38.901014+00');
INSERT INTO public.dossiers VALUES ('79', 'HCM-T2-005', 'province', 'online', NULL, '2026-10-08 01:00:00+00', '2026-10-18 01:00:00+00', '2026-10-13 01:00:00+00', 'resolved', '2026-12-07 13:25:38.901014+00');
INSERT INTO public.dossiers VALUES ('79', 'HCM-T2-006', 'commune', 'online', NULL, '2026-10-09 01:00:00+00', '2026-10-19 01:00:00+00', '2026-10-14 01:00:00+00', 'resolved', '2026-12-07 13:25:38.901014+00');
INSERT INTO public.dossiers VALUES ('79', 'HCM-T2-007', 'commune', 'in-person', NULL, '2026-10-10 01:00:00+00', '2026-10-20 01:00:00+00', '2026-10-15 01:00:00+00', 'resolved', '2026-12-07 13:25:38.901014+00');
INSERT INTO public.dossiers VALUES ('79', 'HCM-T2-008', 'commune', 'online', NULL, '2026-10-11 01:00:00+00', '2026-10-21 01:00:00+00', '2026-10-16 01:00:00+00', 'resolved', '2026-12-07 13:25:38.901014+00');
INSERT INTO public.dossiers VALUES ('79', 'HCM-T2-009', 'commune', 'online', NULL, '2026-10-12 01:00:00+00', '2026-10-22 01:00:00+00', '2026-10-17 01:00:00+00', 'resolved', '2026-12-07 13:25:38.901014+00');
INSERT INTO public.dossiers VALUES ('79', 'HCM-T2-010', 'province', 'online', NULL, '2026-10-03 01:00:00+00', '2026-10-13 01:00:00+00', '2026-10-08 01:00:00+00', 'resolved', '2026-12-07 13:25:38.901014+00');
INSERT INTO public.dossiers VALUES ('79', 'HCM-T2-011', 'commune', 'online', NULL, '2026-10-04 01:00:00+00', '2026-10-14 01:00:00+00', '2026-10-09 01:00:00+00', 'resolved', '2026-12-07 13:25:38.901014+00');
INSERT INTO public.dossiers VALUES ('79', 'HCM-T2-012', 'commune', 'online', NULL, '2026-10-05 01:00:00+00', '2026-10-15 01:00:00+00', '2026-10-10 01:00:00+00', 'resolved', '2026-12-07 13:25:38.901014+00');
INSERT INTO public.dossiers VALUES ('79', 'HCM-T2-013', 'commune', 'online', NULL, '2026-10-06 01:00:00+00', '2026-10-16 01:00:00+00', '2026-10-11 01:00:00+00', 'resolved', '2026-12-07 13:25:38.901014+00');
INSERT INTO public.dossiers VALUES ('79', 'HCM-T2-014', 'commune', 'in-person', NULL, '2026-10-07 01:00:00+00', '2026-10-17 01:00:00+00', '2026-10-12 01:00:00+00', 'resolved', '2026-12-07 13:25:38.901014+00');
INSERT INTO public.dossiers VALUES ('79', 'HCM-T2-015', 'province', 'online', NULL, '2026-10-08 01:00:00+00', '2026-10-18 01:00:00+00', '2026-10-13 01:00:00+00', 'resolved', '2026-12-07 13:25:38.901014+00');
INSERT INTO public.dossiers VALUES ('79', 'HCM-T2-016', 'commune', 'online', NULL, '2026-10-09 01:00:00+00', '2026-10-19 01:00:00+00', '2026-10-14 01:00:00+00', 'resolved', '2026-12-07 13:25:38.901014+00');
INSERT INTO public.dossiers VALUES ('79', 'HCM-T2-017', 'commune', 'online', NULL, '2026-10-10 01:00:00+00', '2026-10-20 01:00:00+00', '2026-10-15 01:00:00+00', 'resolved', '2026-12-07 13:25:38.901014+00');
INSERT INTO public.dossiers VALUES ('79', 'HCM-T2-018', 'commune', 'online', NULL, '2026-10-11 01:00:00+00', '2026-10-21 01:00:00+00', '2026-10-16 01:00:00+00', 'resolved', '2026-12-07 13:25:38.901014+00');
INSERT INTO public.dossiers VALUES ('79', 'HCM-T2-019', 'commune', 'online', NULL, '2026-10-12 01:00:00+00', '2026-10-22 01:00:00+00', '2026-10-17 01:00:00+00', 'resolved', '2026-12-07 13:25:38.901014+00');
INSERT INTO public.dossiers VALUES ('79', 'HCM-T2-020', 'province', 'online', NULL, '2026-10-03 01:00:00+00', '2026-10-13 01:00:00+00', '2026-10-08 01:00:00+00', 'resolved', '2026-12-07 13:25:38.901014+00');
INSERT INTO public.dossiers VALUES ('79', 'HCM-T2-021', 'commune', 'in-person', NULL, '2026-10-04 01:00:00+00', '2026-10-14 01:00:00+00', '2026-10-09 01:00:00+00', 'resolved', '2026-12-07 13:25:38.901014+00');
INSERT INTO public.dossiers VALUES ('79', 'HCM-T2-022', 'commune', 'online', NULL, '2026-10-05 01:00:00+00', '2026-10-15 01:00:00+00', '2026-10-10 01:00:00+00', 'resolved', '2026-12-07 13:25:38.901014+00');
INSERT INTO public.dossiers VALUES ('79', 'HCM-T2-023', 'commune', 'online', NULL, '2026-10-06 01:00:00+00', '2026-10-16 01:00:00+00', '2026-10-11 01:00:00+00', 'resolved', '2026-12-07 13:25:38.901014+00');
INSERT INTO public.dossiers VALUES ('79', 'HCM-T2-024', 'commune', 'online', NULL, '2026-10-07 01:00:00+00', '2026-10-17 01:00:00+00', '2026-10-12 01:00:00+00', 'resolved', '2026-12-07 13:25:38.901014+00');
INSERT INTO public.dossiers VALUES ('79', 'HCM-T2-025', 'province', 'online', NULL, '2026-10-08 01:00:00+00', '2026-10-18 01:00:00+00', '2026-10-13 01:00:00+00', 'resolved', '2026-12-07 13:25:38.901014+00');
INSERT INTO public.dossiers VALUES ('79', 'HCM-T2-026', 'commune', 'online', NULL, '2026-10-09 01:00:00+00', '2026-10-19 01:00:00+00', '2026-10-14 01:00:00+00', 'resolved', '2026-12-07 13:25:38.901014+00');
INSERT INTO public.dossiers VALUES ('79', 'HCM-T2-027', 'commune', 'online', NULL, '2026-10-10 01:00:00+00', '2026-10-20 01:00:00+00', '2026-10-15 01:00:00+00', 'resolved', '2026-12-07 13:25:38.901014+00');
INSERT INTO public.dossiers VALUES ('79', 'HCM-T2-028', 'commune', 'in-person', NULL, '2026-10-11 01:00:00+00', '2026-10-21 01:00:00+00', '2026-10-16 01:00:00+00', 'resolved', '2026-12-07 13:25:38.901014+00');
INSERT INTO public.dossiers VALUES ('79', 'HCM-T2-029', 'commune', 'online', NULL, '2026-10-12 01:00:00+00', '2026-10-22 01:00:00+00', '2026-10-17 01:00:00+00', 'resolved', '2026-12-07 13:25:38.901014+00');
INSERT INTO public.dossiers VALUES ('79', 'HCM-T2-030', 'province', 'online', NULL, '2026-10-03 01:00:00+00', '2026-10-13 01:00:00+00', '2026-10-08 01:00:00+00', 'resolved', '2026-12-07 13:25:38.901014+00');
INSERT INTO public.dossiers VALUES ('79', 'HCM-T2-031', 'commune', 'online', NULL, '2026-10-04 01:00:00+00', '2026-10-14 01:00:00+00', '2026-10-09 01:00:00+00', 'resolved', '2026-12-07 13:25:38.901014+00');
INSERT INTO public.dossiers VALUES ('79', 'HCM-T1-000', 'province', 'in-person', NULL, '2026-11-03 01:00:00+00', '2026-11-04 01:00:00+00', '2026-11-08 01:00:00+00', 'resolved', '2026-12-07 13:25:38.901014+00');
INSERT INTO public.dossiers VALUES ('79', 'HCM-T1-001', 'commune', 'online', NULL, '2026-11-04 01:00:00+00', '2026-11-05 01:00:00+00', '2026-11-09 01:00:00+00', 'resolved', '2026-12-07 13:25:38.901014+00');
INSERT INTO public.dossiers VALUES ('79', 'HCM-T1-002', 'commune', 'online', NULL, '2026-11-05 01:00:00+00', '2026-11-06 01:00:00+00', '2026-11-10 01:00:00+00', 'resolved', '2026-12-07 13:25:38.901014+00');
INSERT INTO public.dossiers VALUES ('79', 'HCM-T1-003', 'commune', 'online', NULL, '2026-11-06 01:00:00+00', '2026-11-07 01:00:00+00', '2026-11-11 01:00:00+00', 'resolved', '2026-12-07 13:25:38.901014+00');
INSERT INTO public.dossiers VALUES ('79', 'HCM-T1-004', 'commune', 'online', NULL, '2026-11-07 01:00:00+00', '2026-11-17 01:00:00+00', '2026-11-12 01:00:00+00', 'resolved', '2026-12-07 13:25:38.901014+00');
INSERT INTO public.dossiers VALUES ('79', 'HCM-T1-005', 'province', 'online', NULL, '2026-11-08 01:00:00+00', '2026-11-18 01:00:00+00', '2026-11-13 01:00:00+00', 'resolved', '2026-12-07 13:25:38.901014+00');
INSERT INTO public.dossiers VALUES ('79', 'HCM-T1-006', 'commune', 'online', NULL, '2026-11-09 01:00:00+00', '2026-11-19 01:00:00+00', '2026-11-14 01:00:00+00', 'resolved', '2026-12-07 13:25:38.901014+00');
INSERT INTO public.dossiers VALUES ('79', 'HCM-T1-007', 'commune', 'in-person', NULL, '2026-11-10 01:00:00+00', '2026-11-20 01:00:00+00', '2026-11-15 01:00:00+00', 'resolved', '2026-12-07 13:25:38.901014+00');
INSERT INTO public.dossiers VALUES ('79', 'HCM-T1-008', 'commune', 'online', NULL, '2026-11-11 01:00:00+00', '2026-11-21 01:00:00+00', '2026-11-16 01:00:00+00', 'resolved', '2026-12-07 13:25:38.901014+00');
INSERT INTO public.dossiers VALUES ('79', 'HCM-T1-009', 'commune', 'online', NULL, '2026-11-12 01:00:00+00', '2026-11-22 01:00:00+00', '2026-11-17 01:00:00+00', 'resolved', '2026-12-07 13:25:38.901014+00');
INSERT INTO public.dossiers VALUES ('79', 'HCM-T1-010', 'province', 'online', NULL, '2026-11-03 01:00:00+00', '2026-11-13 01:00:00+00', '2026-11-08 01:00:00+00', 'resolved', '2026-12-07 13:25:38.901014+00');
INSERT INTO public.dossiers VALUES ('79', 'HCM-T1-011', 'commune', 'online', NULL, '2026-11-04 01:00:00+00', '2026-11-14 01:00:00+00', '2026-11-09 01:00:00+00', 'resolved', '2026-12-07 13:25:38.901014+00');
INSERT INTO public.dossiers VALUES ('79', 'HCM-T1-012', 'commune', 'online', NULL, '2026-11-05 01:00:00+00', '2026-11-15 01:00:00+00', '2026-11-10 01:00:00+00', 'resolved', '2026-12-07 13:25:38.901014+00');
INSERT INTO public.dossiers VALUES ('79', 'HCM-T1-013', 'commune', 'online', NULL, '2026-11-06 01:00:00+00', '2026-11-16 01:00:00+00', '2026-11-11 01:00:00+00', 'resolved', '2026-12-07 13:25:38.901014+00');
INSERT INTO public.dossiers VALUES ('79', 'HCM-T1-014', 'commune', 'in-person', NULL, '2026-11-07 01:00:00+00', '2026-11-17 01:00:00+00', '2026-11-12 01:00:00+00', 'resolved', '2026-12-07 13:25:38.901014+00');
INSERT INTO public.dossiers VALUES ('79', 'HCM-T1-015', 'province', 'online', NULL, '2026-11-08 01:00:00+00', '2026-11-18 01:00:00+00', '2026-11-13 01:00:00+00', 'resolved', '2026-12-07 13:25:38.901014+00');
INSERT INTO public.dossiers VALUES ('79', 'HCM-T1-016', 'commune', 'online', NULL, '2026-11-09 01:00:00+00', '2026-11-19 01:00:00+00', '2026-11-14 01:00:00+00', 'resolved', '2026-12-07 13:25:38.901014+00');
INSERT INTO public.dossiers VALUES ('79', 'HCM-T1-017', 'commune', 'online', NULL, '2026-11-10 01:00:00+00', '2026-11-20 01:00:00+00', '2026-11-15 01:00:00+00', 'resolved', '2026-12-07 13:25:38.901014+00');
INSERT INTO public.dossiers VALUES ('79', 'HCM-T1-018', 'commune', 'online', NULL, '2026-11-11 01:00:00+00', '2026-11-21 01:00:00+00', '2026-11-16 01:00:00+00', 'resolved', '2026-12-07 13:25:38.901014+00');
INSERT INTO public.dossiers VALUES ('79', 'HCM-T1-019', 'commune', 'online', NULL, '2026-11-12 01:00:00+00', '2026-11-22 01:00:00+00', '2026-11-17 01:00:00+00', 'resolved', '2026-12-07 13:25:38.901014+00');
INSERT INTO public.dossiers VALUES ('79', 'HCM-T1-020', 'province', 'online', NULL, '2026-11-03 01:00:00+00', '2026-11-13 01:00:00+00', '2026-11-08 01:00:00+00', 'resolved', '2026-12-07 13:25:38.901014+00');
INSERT INTO public.dossiers VALUES ('79', 'HCM-T1-021', 'commune', 'in-person', NULL, '2026-11-04 01:00:00+00', '2026-11-14 01:00:00+00', '2026-11-09 01:00:00+00', 'resolved', '2026-12-07 13:25:38.901014+00');
INSERT INTO public.dossiers VALUES ('79', 'HCM-T1-022', 'commune', 'online', NULL, '2026-11-05 01:00:00+00', '2026-11-15 01:00:00+00', '2026-11-10 01:00:00+00', 'resolved', '2026-12-07 13:25:38.901014+00');
INSERT INTO public.dossiers VALUES ('79', 'HCM-T1-023', 'commune', 'online', NULL, '2026-11-06 01:00:00+00', '2026-11-16 01:00:00+00', '2026-11-11 01:00:00+00', 'resolved', '2026-12-07 13:25:38.901014+00');
INSERT INTO public.dossiers VALUES ('79', 'HCM-T1-024', 'commune', 'online', NULL, '2026-11-07 01:00:00+00', '2026-11-17 01:00:00+00', '2026-11-12 01:00:00+00', 'resolved', '2026-12-07 13:25:38.901014+00');
INSERT INTO public.dossiers VALUES ('79', 'HCM-T1-025', 'province', 'online', NULL, '2026-11-08 01:00:00+00', '2026-11-18 01:00:00+00', '2026-11-13 01:00:00+00', 'resolved', '2026-12-07 13:25:38.901014+00');
INSERT INTO public.dossiers VALUES ('79', 'HCM-T1-026', 'commune', 'online', NULL, '2026-11-09 01:00:00+00', '2026-11-19 01:00:00+00', '2026-11-14 01:00:00+00', 'resolved', '2026-12-07 13:25:38.901014+00');
INSERT INTO public.dossiers VALUES ('79', 'HCM-T1-027', 'commune', 'online', NULL, '2026-11-10 01:00:00+00', '2026-11-20 01:00:00+00', '2026-11-15 01:00:00+00', 'resolved', '2026-12-07 13:25:38.901014+00');
INSERT INTO public.dossiers VALUES ('79', 'HCM-T1-028', 'commune', 'in-person', NULL, '2026-11-11 01:00:00+00', '2026-11-21 01:00:00+00', '2026-11-16 01:00:00+00', 'resolved', '2026-12-07 13:25:38.901014+00');
INSERT INTO public.dossiers VALUES ('79', 'HCM-T1-029', 'commune', 'online', NULL, '2026-11-12 01:00:00+00', '2026-11-22 01:00:00+00', '2026-11-17 01:00:00+00', 'resolved', '2026-12-07 13:25:38.901014+00');
INSERT INTO public.dossiers VALUES ('79', 'HCM-T1-030', 'province', 'online', NULL, '2026-11-03 01:00:00+00', '2026-11-13 01:00:00+00', '2026-11-08 01:00:00+00', 'resolved', '2026-12-07 13:25:38.901014+00');
INSERT INTO public.dossiers VALUES ('79', 'HCM-T1-031', 'commune', 'online', NULL, '2026-11-04 01:00:00+00', '2026-11-14 01:00:00+00', '2026-11-09 01:00:00+00', 'resolved', '2026-12-07 13:25:38.901014+00');
INSERT INTO public.dossiers VALUES ('79', 'HCM-T1-032', 'commune', 'online', NULL, '2026-11-05 01:00:00+00', '2026-11-15 01:00:00+00', '2026-11-10 01:00:00+00', 'resolved', '2026-12-07 13:25:38.901014+00');
INSERT INTO public.dossiers VALUES ('79', 'HCM-T1-033', 'commune', 'online', NULL, '2026-11-06 01:00:00+00', '2026-11-16 01:00:00+00', '2026-11-11 01:00:00+00', 'resolved', '2026-12-07 13:25:38.901014+00');
INSERT INTO public.dossiers VALUES ('79', 'HCM-T1-034', 'commune', 'online', NULL, '2026-11-07 01:00:00+00', '2026-11-17 01:00:00+00', '2026-11-12 01:00:00+00', 'resolved', '2026-12-07 13:25:38.901014+00');
INSERT INTO public.dossiers VALUES ('79', 'HCM-T1-035', 'province', 'in-person', NULL, '2026-11-08 01:00:00+00', '2026-11-18 01:00:00+00', '2026-11-13 01:00:00+00', 'resolved', '2026-12-07 13:25:38.901014+00');
INSERT INTO public.dossiers VALUES ('79', 'HCM-T1-p0', 'commune', 'online', NULL, '2026-11-21 02:00:00+00', '2026-12-25 17:00:00+00', NULL, 'in-progress', '2026-12-07 13:25:38.901014+00');
INSERT INTO public.dossiers VALUES ('79', 'HCM-T1-p1', 'commune', 'online', NULL, '2026-11-21 02:00:00+00', '2026-12-25 17:00:00+00', NULL, 'in-progress', '2026-12-07 13:25:38.901014+00');
INSERT INTO public.dossiers VALUES ('79', 'HCM-T1-p2', 'commune', 'online', NULL, '2026-11-21 02:00:00+00', '2026-12-25 17:00:00+00', NULL, 'in-progress', '2026-12-07 13:25:38.901014+00');
INSERT INTO public.dossiers VALUES ('31', 'HP-T2-000', 'province', 'in-person', NULL, '2026-10-03 01:00:00+00', '2026-10-13 01:00:00+00', '2026-10-08 01:00:00+00', 'resolved', '2026-12-07 13:25:39.003032+00');
INSERT INTO public.dossiers VALUES ('31', 'HP-T2-001', 'commune', 'online', NULL, '2026-10-04 01:00:00+00', '2026-10-14 01:00:00+00', '2026-10-09 01:00:00+00', 'resolved', '2026-12-07 13:25:39.003032+00');
INSERT INTO public.dossiers VALUES ('31', 'HP-T2-002', 'commune', 'online', NULL, '2026-10-05 01:00:00+00', '2026-10-15 01:00:00+00', '2026-10-10 01:00:00+00', 'resolved', '2026-12-07 13:25:39.003032+00');
INSERT INTO public.dossiers VALUES ('31', 'HP-T2-003', 'commune', 'online', NULL, '2026-10-06 01:00:00+00', '2026-10-16 01:00:00+00', '2026-10-11 01:00:00+00', 'resolved', '2026-12-07 13:25:39.003032+00');
INSERT INTO public.dossiers VALUES ('31', 'HP-T2-004', 'commune', 'online', NULL, '2026-10-07 01:00:00+00', '2026-10-17 01:00:00+00', '2026-10-12 01:00:00+00', 'resolved', '2026-12-07 13:25:39.003032+00');
INSERT INTO public.dossiers VALUES ('31', 'HP-T2-005', 'province', 'online', NULL, '2026-10-08 01:00:00+00', '2026-10-18 01:00:00+00', '2026-10-13 01:00:00+00', 'resolved', '2026-12-07 13:25:39.003032+00');
INSERT INTO public.dossiers VALUES ('31', 'HP-T2-006', 'commune', 'online', NULL, '2026-10-09 01:00:00+00', '2026-10-19 01:00:00+00', '2026-10-14 01:00:00+00', 'resolved', '2026-12-07 13:25:39.003032+00');
INSERT INTO public.dossiers VALUES ('31', 'HP-T2-007', 'commune', 'in-person', NULL, '2026-10-10 01:00:00+00', '2026-10-20 01:00:00+00', '2026-10-15 01:00:00+00', 'resolved', '2026-12-07 13:25:39.003032+00');
INSERT INTO public.dossiers VALUES ('31', 'HP-T2-008', 'commune', 'online', NULL, '2026-10-11 01:00:00+00', '2026-10-21 01:00:00+00', '2026-10-16 01:00:00+00', 'resolved', '2026-12-07 13:25:39.003032+00');
INSERT INTO public.dossiers VALUES ('31', 'HP-T2-009', 'commune', 'online', NULL, '2026-10-12 01:00:00+00', '2026-10-22 01:00:00+00', '2026-10-17 01:00:00+00', 'resolved', '2026-12-07 13:25:39.003032+00');
INSERT INTO public.dossiers VALUES ('31', 'HP-T2-010', 'province', 'online', NULL, '2026-10-03 01:00:00+00', '2026-10-13 01:00:00+00', '2026-10-08 01:00:00+00', 'resolved', '2026-12-07 13:25:39.003032+00');
INSERT INTO public.dossiers VALUES ('31', 'HP-T2-011', 'commune', 'online', NULL, '2026-10-04 01:00:00+00', '2026-10-14 01:00:00+00', '2026-10-09 01:00:00+00', 'resolved', '2026-12-07 13:25:39.003032+00');
INSERT INTO public.dossiers VALUES ('31', 'HP-T2-012', 'commune', 'online', NULL, '2026-10-05 01:00:00+00', '2026-10-15 01:00:00+00', '2026-10-10 01:00:00+00', 'resolved', '2026-12-07 13:25:39.003032+00');
INSERT INTO public.dossiers VALUES ('31', 'HP-T2-013', 'commune', 'online', NULL, '2026-10-06 01:00:00+00', '2026-10-16 01:00:00+00', '2026-10-11 01:00:00+00', 'resolved', '2026-12-07 13:25:39.003032+00');
INSERT INTO public.dossiers VALUES ('31', 'HP-T2-014', 'commune', 'in-person', NULL, '2026-10-07 01:00:00+00', '2026-10-17 01:00:00+00', '2026-10-12 01:00:00+00', 'resolved', '2026-12-07 13:25:39.003032+00');
INSERT INTO public.dossiers VALUES ('31', 'HP-T2-015', 'province', 'online', NULL, '2026-10-08 01:00:00+00', '2026-10-18 01:00:00+00', '2026-10-13 01:00:00+00', 'resolved', '2026-12-07 13:25:39.003032+00');
INSERT INTO public.dossiers VALUES ('31', 'HP-T2-016', 'commune', 'online', NULL, '2026-10-09 01:00:00+00', '2026-10-19 01:00:00+00', '2026-10-14 01:00:00+00', 'resolved', '2026-12-07 13:25:39.003032+00');
INSERT INTO public.dossiers VALUES ('31', 'HP-T2-017', 'commune', 'online', NULL, '2026-10-10 01:00:00+00', '2026-10-20 01:00:00+00', '2026-10-15 01:00:00+00', 'resolved', '2026-12-07 13:25:39.003032+00');
INSERT INTO public.dossiers VALUES ('31', 'HP-T2-018', 'commune', 'online', NULL, '2026-10-11 01:00:00+00', '2026-10-21 01:00:00+00', '2026-10-16 01:00:00+00', 'resolved', '2026-12-07 13:25:39.003032+00');
INSERT INTO public.dossiers VALUES ('31', 'HP-T2-019', 'commune', 'online', NULL, '2026-10-12 01:00:00+00', '2026-10-22 01:00:00+00', '2026-10-17 01:00:00+00', 'resolved', '2026-12-07 13:25:39.003032+00');
INSERT INTO public.dossiers VALUES ('31', 'HP-T1-000', 'province', 'in-person', NULL, '2026-11-03 01:00:00+00', '2026-11-04 01:00:00+00', '2026-11-08 01:00:00+00', 'resolved', '2026-12-07 13:25:39.003032+00');
INSERT INTO public.dossiers VALUES ('31', 'HP-T1-001', 'commune', 'online', NULL, '2026-11-04 01:00:00+00', '2026-11-05 01:00:00+00', '2026-11-09 01:00:00+00', 'resolved', '2026-12-07 13:25:39.003032+00');
INSERT INTO public.dossiers VALUES ('31', 'HP-T1-002', 'commune', 'online', NULL, '2026-11-05 01:00:00+00', '2026-11-06 01:00:00+00', '2026-11-10 01:00:00+00', 'resolved', '2026-12-07 13:25:39.003032+00');
INSERT INTO public.dossiers VALUES ('31', 'HP-T1-003', 'commune', 'online', NULL, '2026-11-06 01:00:00+00', '2026-11-07 01:00:00+00', '2026-11-11 01:00:00+00', 'resolved', '2026-12-07 13:25:39.003032+00');
INSERT INTO public.dossiers VALUES ('31', 'HP-T1-004', 'commune', 'online', NULL, '2026-11-07 01:00:00+00', '2026-11-08 01:00:00+00', '2026-11-12 01:00:00+00', 'resolved', '2026-12-07 13:25:39.003032+00');
INSERT INTO public.dossiers VALUES ('31', 'HP-T1-005', 'province', 'online', NULL, '2026-11-08 01:00:00+00', '2026-11-09 01:00:00+00', '2026-11-13 01:00:00+00', 'resolved', '2026-12-07 13:25:39.003032+00');
INSERT INTO public.dossiers VALUES ('31', 'HP-T1-006', 'commune', 'online', NULL, '2026-11-09 01:00:00+00', '2026-11-19 01:00:00+00', '2026-11-14 01:00:00+00', 'resolved', '2026-12-07 13:25:39.003032+00');
INSERT INTO public.dossiers VALUES ('31', 'HP-T1-007', 'commune', 'in-person', NULL, '2026-11-10 01:00:00+00', '2026-11-20 01:00:00+00', '2026-11-15 01:00:00+00', 'resolved', '2026-12-07 13:25:39.003032+00');
INSERT INTO public.dossiers VALUES ('31', 'HP-T1-008', 'commune', 'online', NULL, '2026-11-11 01:00:00+00', '2026-11-21 01:00:00+00', '2026-11-16 01:00:00+00', 'resolved', '2026-12-07 13:25:39.003032+00');
INSERT INTO public.dossiers VALUES ('31', 'HP-T1-009', 'commune', 'online', NULL, '2026-11-12 01:00:00+00', '2026-11-22 01:00:00+00', '2026-11-17 01:00:00+00', 'resolved', '2026-12-07 13:25:39.003032+00');
INSERT INTO public.dossiers VALUES ('31', 'HP-T1-010', 'province', 'online', NULL, '2026-11-03 01:00:00+00', '2026-11-13 01:00:00+00', '2026-11-08 01:00:00+00', 'resolved', '2026-12-07 13:25:39.003032+00');
INSERT INTO public.dossiers VALUES ('31', 'HP-T1-011', 'commune', 'online', NULL, '2026-11-04 01:00:00+00', '2026-11-14 01:00:00+00', '2026-11-09 01:00:00+00', 'resolved', '2026-12-07 13:25:39.003032+00');
INSERT INTO public.dossiers VALUES ('31', 'HP-T1-012', 'commune', 'online', NULL, '2026-11-05 01:00:00+00', '2026-11-15 01:00:00+00', '2026-11-10 01:00:00+00', 'resolved', '2026-12-07 13:25:39.003032+00');
INSERT INTO public.dossiers VALUES ('31', 'HP-T1-013', 'commune', 'online', NULL, '2026-11-06 01:00:00+00', '2026-11-16 01:00:00+00', '2026-11-11 01:00:00+00', 'resolved', '2026-12-07 13:25:39.003032+00');
INSERT INTO public.dossiers VALUES ('31', 'HP-T1-014', 'commune', 'in-person', NULL, '2026-11-07 01:00:00+00', '2026-11-17 01:00:00+00', '2026-11-12 01:00:00+00', 'resolved', '2026-12-07 13:25:39.003032+00');
INSERT INTO public.dossiers VALUES ('31', 'HP-T1-015', 'province', 'online', NULL, '2026-11-08 01:00:00+00', '2026-11-18 01:00:00+00', '2026-11-13 01:00:00+00', 'resolved', '2026-12-07 13:25:39.003032+00');
INSERT INTO public.dossiers VALUES ('31', 'HP-T1-016', 'commune', 'online', NULL, '2026-11-09 01:00:00+00', '2026-11-19 01:00:00+00', '2026-11-14 01:00:00+00', 'resolved', '2026-12-07 13:25:39.003032+00');
INSERT INTO public.dossiers VALUES ('31', 'HP-T1-017', 'commune', 'online', NULL, '2026-11-10 01:00:00+00', '2026-11-20 01:00:00+00', '2026-11-15 01:00:00+00', 'resolved', '2026-12-07 13:25:39.003032+00');
INSERT INTO public.dossiers VALUES ('31', 'HP-T1-018', 'commune', 'online', NULL, '2026-11-11 01:00:00+00', '2026-11-21 01:00:00+00', '2026-11-16 01:00:00+00', 'resolved', '2026-12-07 13:25:39.003032+00');
INSERT INTO public.dossiers VALUES ('31', 'HP-T1-019', 'commune', 'online', NULL, '2026-11-12 01:00:00+00', '2026-11-22 01:00:00+00', '2026-11-17 01:00:00+00', 'resolved', '2026-12-07 13:25:39.003032+00');
INSERT INTO public.dossiers VALUES ('31', 'HP-T1-020', 'province', 'online', NULL, '2026-11-03 01:00:00+00', '2026-11-13 01:00:00+00', '2026-11-08 01:00:00+00', 'resolved', '2026-12-07 13:25:39.003032+00');
INSERT INTO public.dossiers VALUES ('31', 'HP-T1-021', 'commune', 'in-person', NULL, '2026-11-04 01:00:00+00', '2026-11-14 01:00:00+00', '2026-11-09 01:00:00+00', 'resolved', '2026-12-07 13:25:39.003032+00');
INSERT INTO public.dossiers VALUES ('31', 'HP-T1-022', 'commune', 'online', NULL, '2026-11-05 01:00:00+00', '2026-11-15 01:00:00+00', '2026-11-10 01:00:00+00', 'resolved', '2026-12-07 13:25:39.003032+00');
INSERT INTO public.dossiers VALUES ('31', 'HP-T1-023', 'commune', 'online', NULL, '2026-11-06 01:00:00+00', '2026-11-16 01:00:00+00', '2026-11-11 01:00:00+00', 'resolved', '2026-12-07 13:25:39.003032+00');
INSERT INTO public.dossiers VALUES ('31', 'HP-T1-024', 'commune', 'online', NULL, '2026-11-07 01:00:00+00', '2026-11-17 01:00:00+00', '2026-11-12 01:00:00+00', 'resolved', '2026-12-07 13:25:39.003032+00');
INSERT INTO public.dossiers VALUES ('19', '000.00.00.H19-0000', 'commune', 'in-person', '1.001234', '2026-12-01 09:26:32+00', '2026-12-30 17:00:00+00', '2026-12-03 10:46:11+00', 'resolved', '2026-12-07 13:25:39.034233+00');
INSERT INTO public.dossiers VALUES ('19', '000.00.00.H19-0001', 'commune', 'online', '1.001234', '2026-12-01 09:26:32+00', '2026-12-30 17:00:00+00', '2026-12-03 10:46:11+00', 'resolved', '2026-12-07 13:25:39.034233+00');
INSERT INTO public.dossiers VALUES ('19', '000.00.00.H19-0002', 'commune', 'online', '1.001234', '2026-12-01 09:26:32+00', '2026-12-30 17:00:00+00', '2026-12-03 10:46:11+00', 'resolved', '2026-12-07 13:25:39.034233+00');
INSERT INTO public.dossiers VALUES ('19', '000.00.00.H19-0003', 'commune', 'in-person', '1.001234', '2026-12-01 09:26:32+00', '2026-12-30 17:00:00+00', '2026-12-03 10:46:11+00', 'resolved', '2026-12-07 13:25:39.034233+00');
INSERT INTO public.dossiers VALUES ('19', '000.00.00.H19-0004', 'commune', 'online', '1.001234', '2026-12-01 09:26:32+00', '2026-12-30 17:00:00+00', '2026-12-03 10:46:11+00', 'resolved', '2026-12-07 13:25:39.034233+00');
INSERT INTO public.dossiers VALUES ('19', '000.00.00.H19-0005', 'commune', 'online', '1.001234', '2026-12-01 09:26:32+00', '2026-12-30 17:00:00+00', '2026-12-03 10:46:11+00', 'resolved', '2026-12-07 13:25:39.034233+00');
INSERT INTO public.dossiers VALUES ('19', '000.00.00.H19-0006', 'commune', 'in-person', '1.001234', '2026-12-01 09:26:32+00', '2026-12-30 17:00:00+00', '2026-12-03 10:46:11+00', 'resolved', '2026-12-07 13:25:39.034233+00');
INSERT INTO public.dossiers VALUES ('19', '000.00.00.H19-0007', 'commune', 'online', '1.001234', '2026-12-01 09:26:32+00', '2026-12-30 17:00:00+00', '2026-12-03 10:46:11+00', 'resolved', '2026-12-07 13:25:39.034233+00');
INSERT INTO public.dossiers VALUES ('19', '000.00.00.H19-0008', 'commune', 'online', '1.001234', '2026-12-01 09:26:32+00', '2026-12-30 17:00:00+00', '2026-12-03 10:46:11+00', 'resolved', '2026-12-07 13:25:39.034233+00');
INSERT INTO public.dossiers VALUES ('19', '000.00.00.H19-0009', 'commune', 'in-person', '1.001234', '2026-12-01 09:26:32+00', '2026-12-30 17:00:00+00', NULL, 'in-progress', '2026-12-07 13:25:39.034233+00');
INSERT INTO public.dossiers VALUES ('19', '000.00.00.H19-0010', 'commune', 'online', '1.001234', '2026-12-01 09:26:32+00', '2026-12-30 17:00:00+00', NULL, 'in-progress', '2026-12-07 13:25:39.034233+00');
INSERT INTO public.dossiers VALUES ('19', '000.00.00.H19-0011', 'commune', 'online', '1.001234', '2026-12-01 09:26:32+00', '2026-12-30 17:00:00+00', NULL, 'in-progress', '2026-12-07 13:25:39.034233+00');
INSERT INTO public.dossiers VALUES ('22', 'QN.2026.0000', 'commune', 'in-person', '2.000123', '2026-12-01 09:26:00+00', '2026-12-20 17:00:00+00', '2026-12-02 18:19:00+00', 'resolved', '2026-12-07 13:25:39.076794+00');
INSERT INTO public.dossiers VALUES ('22', 'QN.2026.0001', 'commune', 'online', '2.000123', '2026-12-01 09:26:00+00', '2026-12-20 17:00:00+00', '2026-12-02 18:19:00+00', 'resolved', '2026-12-07 13:25:39.076794+00');
INSERT INTO public.dossiers VALUES ('22', 'QN.2026.0002', 'commune', 'in-person', '2.000123', '2026-12-01 09:26:00+00', '2026-12-20 17:00:00+00', '2026-12-02 18:19:00+00', 'resolved', '2026-12-07 13:25:39.076794+00');
INSERT INTO public.dossiers VALUES ('22', 'QN.2026.0003', 'commune', 'online', '2.000123', '2026-12-01 09:26:00+00', '2026-12-20 17:00:00+00', '2026-12-02 18:19:00+00', 'resolved', '2026-12-07 13:25:39.076794+00');
INSERT INTO public.dossiers VALUES ('22', 'QN.2026.0004', 'commune', 'in-person', '2.000123', '2026-12-01 09:26:00+00', '2026-12-20 17:00:00+00', '2026-12-02 18:19:00+00', 'resolved', '2026-12-07 13:25:39.076794+00');
INSERT INTO public.dossiers VALUES ('22', 'QN.2026.0005', 'commune', 'online', '2.000123', '2026-12-01 09:26:00+00', '2026-12-20 17:00:00+00', '2026-12-02 18:19:00+00', 'resolved', '2026-12-07 13:25:39.076794+00');
INSERT INTO public.dossiers VALUES ('22', 'QN.2026.0006', 'commune', 'in-person', '2.000123', '2026-12-01 09:26:00+00', '2026-12-20 17:00:00+00', NULL, 'in-progress', '2026-12-07 13:25:39.076794+00');
INSERT INTO public.dossiers VALUES ('22', 'QN.2026.0007', 'commune', 'online', '2.000123', '2026-12-01 09:26:00+00', '2026-12-20 17:00:00+00', NULL, 'in-progress', '2026-12-07 13:25:39.076794+00');
INSERT INTO public.dossiers VALUES ('79', 'HCM-L-000', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2026-12-02 18:19:38+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:25:39.380006+00');
INSERT INTO public.dossiers VALUES ('79', 'HCM-L-001', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2026-12-02 18:19:38+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:25:39.380006+00');
INSERT INTO public.dossiers VALUES ('79', 'HCM-L-002', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2026-12-02 18:19:38+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:25:39.380006+00');
INSERT INTO public.dossiers VALUES ('79', 'HCM-L-003', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2026-12-02 18:19:38+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:25:39.380006+00');
INSERT INTO public.dossiers VALUES ('79', 'HCM-L-004', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2026-12-02 18:19:38+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:25:39.380006+00');
INSERT INTO public.dossiers VALUES ('79', 'HCM-L-005', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2026-12-02 18:19:38+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:25:39.380006+00');
INSERT INTO public.dossiers VALUES ('79', 'HCM-L-006', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2026-12-02 18:19:38+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:25:39.380006+00');
INSERT INTO public.dossiers VALUES ('79', 'HCM-L-007', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2026-12-02 18:19:38+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:25:39.380006+00');
INSERT INTO public.dossiers VALUES ('79', 'HCM-L-008', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2026-12-02 18:19:38+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:25:39.380006+00');
INSERT INTO public.dossiers VALUES ('79', 'HCM-L-009', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2026-12-02 18:19:38+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:25:39.380006+00');
INSERT INTO public.dossiers VALUES ('79', 'HCM-L-010', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2026-12-02 18:19:38+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:25:39.380006+00');
INSERT INTO public.dossiers VALUES ('79', 'HCM-L-011', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2026-12-02 18:19:38+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:25:39.380006+00');
INSERT INTO public.dossiers VALUES ('79', 'HCM-L-012', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2026-12-02 18:19:38+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:25:39.380006+00');
INSERT INTO public.dossiers VALUES ('79', 'HCM-L-013', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2026-12-02 18:19:38+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:25:39.380006+00');
INSERT INTO public.dossiers VALUES ('79', 'HCM-L-014', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2026-12-02 18:19:38+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:25:39.380006+00');
INSERT INTO public.dossiers VALUES ('79', 'HCM-L-015', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2026-12-02 18:19:38+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:25:39.380006+00');
INSERT INTO public.dossiers VALUES ('79', 'HCM-L-016', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2026-12-02 18:19:38+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:25:39.380006+00');
INSERT INTO public.dossiers VALUES ('79', 'HCM-L-017', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2026-12-02 18:19:38+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:25:39.380006+00');
INSERT INTO public.dossiers VALUES ('79', 'HCM-L-018', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2026-12-02 18:19:38+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:25:39.380006+00');
INSERT INTO public.dossiers VALUES ('79', 'HCM-L-019', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2026-12-02 18:19:38+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:25:39.380006+00');
INSERT INTO public.dossiers VALUES ('79', 'HCM-L-020', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:25:39.380006+00');
INSERT INTO public.dossiers VALUES ('79', 'HCM-L-021', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:25:39.380006+00');
INSERT INTO public.dossiers VALUES ('79', 'HCM-L-022', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:25:39.380006+00');
INSERT INTO public.dossiers VALUES ('79', 'HCM-L-023', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:25:39.380006+00');
INSERT INTO public.dossiers VALUES ('79', 'HCM-L-024', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:25:39.380006+00');
INSERT INTO public.dossiers VALUES ('79', 'HCM-L-025', 'commune', 'in-person', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:25:39.380006+00');
INSERT INTO public.dossiers VALUES ('79', 'HCM-L-026', 'commune', 'in-person', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:25:39.380006+00');
INSERT INTO public.dossiers VALUES ('79', 'HCM-L-027', 'commune', 'postal', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:25:39.380006+00');
INSERT INTO public.dossiers VALUES ('79', 'HCM-L-028', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:25:39.380006+00');
INSERT INTO public.dossiers VALUES ('79', 'HCM-L-029', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:25:39.380006+00');
INSERT INTO public.dossiers VALUES ('79', 'HCM-L-030', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:25:39.380006+00');
INSERT INTO public.dossiers VALUES ('79', 'HCM-L-031', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:25:39.380006+00');
INSERT INTO public.dossiers VALUES ('79', 'HCM-L-032', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:25:39.380006+00');
INSERT INTO public.dossiers VALUES ('79', 'HCM-L-033', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:25:39.380006+00');
INSERT INTO public.dossiers VALUES ('79', 'HCM-L-034', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:25:39.380006+00');
INSERT INTO public.dossiers VALUES ('79', 'HCM-L-035', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:25:39.380006+00');
INSERT INTO public.dossiers VALUES ('79', 'HCM-L-036', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:25:39.380006+00');
INSERT INTO public.dossiers VALUES ('79', 'HCM-L-037', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:25:39.380006+00');
INSERT INTO public.dossiers VALUES ('79', 'HCM-L-038', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:25:39.380006+00');
INSERT INTO public.dossiers VALUES ('79', 'HCM-L-039', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:25:39.380006+00');
INSERT INTO public.dossiers VALUES ('79', 'HCM-L-p0', 'commune', 'online', NULL, '2026-12-01 09:26:32+00', '2026-12-01 17:39:49+00', NULL, 'in-progress', '2026-12-07 13:25:39.380006+00');
INSERT INTO public.dossiers VALUES ('79', 'HCM-L-p1', 'commune', 'online', NULL, '2026-12-04 19:39:17+00', '2027-01-04 17:00:00+00', NULL, 'in-progress', '2026-12-07 13:25:39.380006+00');
INSERT INTO public.dossiers VALUES ('79', 'HCM-L-p2', 'commune', 'in-person', NULL, '2026-12-05 12:05:50+00', '2027-01-04 17:00:00+00', NULL, 'received', '2026-12-07 13:25:39.380006+00');
INSERT INTO public.dossiers VALUES ('79', 'HCM-L-r0', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-04 17:00:00+00', '2026-12-03 10:46:11+00', 'returned', '2026-12-07 13:25:39.380006+00');
INSERT INTO public.dossiers VALUES ('79', 'HCM-L-w0', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-04 17:00:00+00', '2026-12-03 10:46:11+00', 'withdrawn', '2026-12-07 13:25:39.380006+00');
INSERT INTO public.dossiers VALUES ('92', 'CT-R-000', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:09.269822+00');
INSERT INTO public.dossiers VALUES ('92', 'CT-R-001', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:09.269822+00');
INSERT INTO public.dossiers VALUES ('92', 'CT-R-002', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:09.269822+00');
INSERT INTO public.dossiers VALUES ('92', 'CT-R-003', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:09.269822+00');
INSERT INTO public.dossiers VALUES ('92', 'CT-R-004', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:09.269822+00');
INSERT INTO public.dossiers VALUES ('92', 'CT-R-005', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:09.269822+00');
INSERT INTO public.dossiers VALUES ('92', 'CT-R-006', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:09.269822+00');
INSERT INTO public.dossiers VALUES ('92', 'CT-R-007', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:09.269822+00');
INSERT INTO public.dossiers VALUES ('92', 'CT-R-008', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:09.269822+00');
INSERT INTO public.dossiers VALUES ('92', 'CT-R-009', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:09.269822+00');
INSERT INTO public.dossiers VALUES ('92', 'CT-R-010', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:09.269822+00');
INSERT INTO public.dossiers VALUES ('92', 'CT-R-011', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:09.269822+00');
INSERT INTO public.dossiers VALUES ('92', 'CT-R-012', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:09.269822+00');
INSERT INTO public.dossiers VALUES ('92', 'CT-R-013', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:09.269822+00');
INSERT INTO public.dossiers VALUES ('92', 'CT-R-014', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:09.269822+00');
INSERT INTO public.dossiers VALUES ('92', 'CT-R-015', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:09.269822+00');
INSERT INTO public.dossiers VALUES ('92', 'CT-R-016', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:09.269822+00');
INSERT INTO public.dossiers VALUES ('92', 'CT-R-017', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:09.269822+00');
INSERT INTO public.dossiers VALUES ('92', 'CT-R-018', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:09.269822+00');
INSERT INTO public.dossiers VALUES ('92', 'CT-R-019', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:09.269822+00');
INSERT INTO public.dossiers VALUES ('92', 'CT-R-020', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:09.269822+00');
INSERT INTO public.dossiers VALUES ('92', 'CT-R-021', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:09.269822+00');
INSERT INTO public.dossiers VALUES ('92', 'CT-R-022', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:09.269822+00');
INSERT INTO public.dossiers VALUES ('92', 'CT-R-023', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:09.269822+00');
INSERT INTO public.dossiers VALUES ('92', 'CT-R-024', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:09.269822+00');
INSERT INTO public.dossiers VALUES ('92', 'CT-R-025', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:09.269822+00');
INSERT INTO public.dossiers VALUES ('92', 'CT-R-026', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:09.269822+00');
INSERT INTO public.dossiers VALUES ('92', 'CT-R-027', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:09.269822+00');
INSERT INTO public.dossiers VALUES ('92', 'CT-R-028', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:09.269822+00');
INSERT INTO public.dossiers VALUES ('92', 'CT-R-029', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:09.269822+00');
INSERT INTO public.dossiers VALUES ('92', 'CT-R-030', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:09.269822+00');
INSERT INTO public.dossiers VALUES ('01', 'HN-L-000', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2026-12-02 18:19:38+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:25:49.988232+00');
INSERT INTO public.dossiers VALUES ('01', 'HN-L-001', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2026-12-02 18:19:38+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:25:49.988232+00');
INSERT INTO public.dossiers VALUES ('01', 'HN-L-002', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2026-12-02 18:19:38+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:25:49.988232+00');
INSERT INTO public.dossiers VALUES ('01', 'HN-L-003', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2026-12-02 18:19:38+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:25:49.988232+00');
INSERT INTO public.dossiers VALUES ('01', 'HN-L-004', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2026-12-02 18:19:38+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:25:49.988232+00');
INSERT INTO public.dossiers VALUES ('01', 'HN-L-005', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2026-12-02 18:19:38+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:25:49.988232+00');
INSERT INTO public.dossiers VALUES ('01', 'HN-L-006', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2026-12-02 18:19:38+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:25:49.988232+00');
INSERT INTO public.dossiers VALUES ('01', 'HN-L-007', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2026-12-02 18:19:38+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:25:49.988232+00');
INSERT INTO public.dossiers VALUES ('01', 'HN-L-008', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2026-12-02 18:19:38+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:25:49.988232+00');
INSERT INTO public.dossiers VALUES ('01', 'HN-L-009', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2026-12-02 18:19:38+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:25:49.988232+00');
INSERT INTO public.dossiers VALUES ('01', 'HN-L-010', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2026-12-02 18:19:38+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:25:49.988232+00');
INSERT INTO public.dossiers VALUES ('01', 'HN-L-011', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2026-12-02 18:19:38+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:25:49.988232+00');
INSERT INTO public.dossiers VALUES ('01', 'HN-L-012', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2026-12-02 18:19:38+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:25:49.988232+00');
INSERT INTO public.dossiers VALUES ('01', 'HN-L-013', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2026-12-02 18:19:38+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:25:49.988232+00');
INSERT INTO public.dossiers VALUES ('01', 'HN-L-014', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2026-12-02 18:19:38+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:25:49.988232+00');
INSERT INTO public.dossiers VALUES ('01', 'HN-L-015', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2026-12-02 18:19:38+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:25:49.988232+00');
INSERT INTO public.dossiers VALUES ('01', 'HN-L-016', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2026-12-02 18:19:38+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:25:49.988232+00');
INSERT INTO public.dossiers VALUES ('01', 'HN-L-017', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2026-12-02 18:19:38+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:25:49.988232+00');
INSERT INTO public.dossiers VALUES ('01', 'HN-L-018', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2026-12-02 18:19:38+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:25:49.988232+00');
INSERT INTO public.dossiers VALUES ('01', 'HN-L-019', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2026-12-02 18:19:38+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:25:49.988232+00');
INSERT INTO public.dossiers VALUES ('01', 'HN-L-020', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:25:49.988232+00');
INSERT INTO public.dossiers VALUES ('01', 'HN-L-021', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:25:49.988232+00');
INSERT INTO public.dossiers VALUES ('01', 'HN-L-022', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:25:49.988232+00');
INSERT INTO public.dossiers VALUES ('01', 'HN-L-023', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:25:49.988232+00');
INSERT INTO public.dossiers VALUES ('01', 'HN-L-024', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:25:49.988232+00');
INSERT INTO public.dossiers VALUES ('01', 'HN-L-025', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:25:49.988232+00');
INSERT INTO public.dossiers VALUES ('01', 'HN-L-026', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:25:49.988232+00');
INSERT INTO public.dossiers VALUES ('01', 'HN-L-027', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:25:49.988232+00');
INSERT INTO public.dossiers VALUES ('01', 'HN-L-028', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:25:49.988232+00');
INSERT INTO public.dossiers VALUES ('01', 'HN-L-029', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:25:49.988232+00');
INSERT INTO public.dossiers VALUES ('01', 'HN-L-030', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:25:49.988232+00');
INSERT INTO public.dossiers VALUES ('01', 'HN-L-031', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:25:49.988232+00');
INSERT INTO public.dossiers VALUES ('01', 'HN-L-032', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:25:49.988232+00');
INSERT INTO public.dossiers VALUES ('01', 'HN-L-033', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:25:49.988232+00');
INSERT INTO public.dossiers VALUES ('01', 'HN-L-034', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:25:49.988232+00');
INSERT INTO public.dossiers VALUES ('01', 'HN-L-035', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:25:49.988232+00');
INSERT INTO public.dossiers VALUES ('01', 'HN-L-036', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:25:49.988232+00');
INSERT INTO public.dossiers VALUES ('01', 'HN-L-037', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:25:49.988232+00');
INSERT INTO public.dossiers VALUES ('01', 'HN-L-038', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:25:49.988232+00');
INSERT INTO public.dossiers VALUES ('01', 'HN-L-039', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:25:49.988232+00');
INSERT INTO public.dossiers VALUES ('31', 'HP-L-000', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2026-12-02 18:19:38+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:25:55.600218+00');
INSERT INTO public.dossiers VALUES ('31', 'HP-L-001', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2026-12-02 18:19:38+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:25:55.600218+00');
INSERT INTO public.dossiers VALUES ('31', 'HP-L-002', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2026-12-02 18:19:38+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:25:55.600218+00');
INSERT INTO public.dossiers VALUES ('31', 'HP-L-003', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2026-12-02 18:19:38+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:25:55.600218+00');
INSERT INTO public.dossiers VALUES ('31', 'HP-L-004', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2026-12-02 18:19:38+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:25:55.600218+00');
INSERT INTO public.dossiers VALUES ('31', 'HP-L-005', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2026-12-02 18:19:38+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:25:55.600218+00');
INSERT INTO public.dossiers VALUES ('31', 'HP-L-006', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2026-12-02 18:19:38+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:25:55.600218+00');
INSERT INTO public.dossiers VALUES ('31', 'HP-L-007', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2026-12-02 18:19:38+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:25:55.600218+00');
INSERT INTO public.dossiers VALUES ('31', 'HP-L-008', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2026-12-02 18:19:38+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:25:55.600218+00');
INSERT INTO public.dossiers VALUES ('31', 'HP-L-009', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2026-12-02 18:19:38+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:25:55.600218+00');
INSERT INTO public.dossiers VALUES ('31', 'HP-L-010', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2026-12-02 18:19:38+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:25:55.600218+00');
INSERT INTO public.dossiers VALUES ('31', 'HP-L-011', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2026-12-02 18:19:38+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:25:55.600218+00');
INSERT INTO public.dossiers VALUES ('31', 'HP-L-012', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2026-12-02 18:19:38+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:25:55.600218+00');
INSERT INTO public.dossiers VALUES ('31', 'HP-L-013', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2026-12-02 18:19:38+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:25:55.600218+00');
INSERT INTO public.dossiers VALUES ('31', 'HP-L-014', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2026-12-02 18:19:38+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:25:55.600218+00');
INSERT INTO public.dossiers VALUES ('31', 'HP-L-015', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2026-12-02 18:19:38+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:25:55.600218+00');
INSERT INTO public.dossiers VALUES ('31', 'HP-L-016', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2026-12-02 18:19:38+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:25:55.600218+00');
INSERT INTO public.dossiers VALUES ('31', 'HP-L-017', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2026-12-02 18:19:38+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:25:55.600218+00');
INSERT INTO public.dossiers VALUES ('31', 'HP-L-018', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2026-12-02 18:19:38+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:25:55.600218+00');
INSERT INTO public.dossiers VALUES ('31', 'HP-L-019', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2026-12-02 18:19:38+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:25:55.600218+00');
INSERT INTO public.dossiers VALUES ('31', 'HP-L-020', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:25:55.600218+00');
INSERT INTO public.dossiers VALUES ('31', 'HP-L-021', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:25:55.600218+00');
INSERT INTO public.dossiers VALUES ('31', 'HP-L-022', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:25:55.600218+00');
INSERT INTO public.dossiers VALUES ('31', 'HP-L-023', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:25:55.600218+00');
INSERT INTO public.dossiers VALUES ('31', 'HP-L-024', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:25:55.600218+00');
INSERT INTO public.dossiers VALUES ('31', 'HP-L-025', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:25:55.600218+00');
INSERT INTO public.dossiers VALUES ('31', 'HP-L-026', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:25:55.600218+00');
INSERT INTO public.dossiers VALUES ('31', 'HP-L-027', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:25:55.600218+00');
INSERT INTO public.dossiers VALUES ('31', 'HP-L-028', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:25:55.600218+00');
INSERT INTO public.dossiers VALUES ('31', 'HP-L-029', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:25:55.600218+00');
INSERT INTO public.dossiers VALUES ('31', 'HP-L-030', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:25:55.600218+00');
INSERT INTO public.dossiers VALUES ('31', 'HP-L-031', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:25:55.600218+00');
INSERT INTO public.dossiers VALUES ('31', 'HP-L-032', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:25:55.600218+00');
INSERT INTO public.dossiers VALUES ('31', 'HP-L-033', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:25:55.600218+00');
INSERT INTO public.dossiers VALUES ('31', 'HP-L-034', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:25:55.600218+00');
INSERT INTO public.dossiers VALUES ('31', 'HP-L-035', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:25:55.600218+00');
INSERT INTO public.dossiers VALUES ('31', 'HP-L-036', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:25:55.600218+00');
INSERT INTO public.dossiers VALUES ('31', 'HP-L-037', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:25:55.600218+00');
INSERT INTO public.dossiers VALUES ('31', 'HP-L-038', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:25:55.600218+00');
INSERT INTO public.dossiers VALUES ('31', 'HP-L-039', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:25:55.600218+00');
INSERT INTO public.dossiers VALUES ('31', 'HP-R-000', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:01.529971+00');
INSERT INTO public.dossiers VALUES ('31', 'HP-R-001', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:01.529971+00');
INSERT INTO public.dossiers VALUES ('31', 'HP-R-002', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:01.529971+00');
INSERT INTO public.dossiers VALUES ('31', 'HP-R-003', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:01.529971+00');
INSERT INTO public.dossiers VALUES ('31', 'HP-R-004', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:01.529971+00');
INSERT INTO public.dossiers VALUES ('31', 'HP-R-005', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:01.529971+00');
INSERT INTO public.dossiers VALUES ('31', 'HP-R-006', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:01.529971+00');
INSERT INTO public.dossiers VALUES ('31', 'HP-R-007', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:01.529971+00');
INSERT INTO public.dossiers VALUES ('31', 'HP-R-008', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:01.529971+00');
INSERT INTO public.dossiers VALUES ('31', 'HP-R-009', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:01.529971+00');
INSERT INTO public.dossiers VALUES ('31', 'HP-R-010', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:01.529971+00');
INSERT INTO public.dossiers VALUES ('31', 'HP-R-011', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:01.529971+00');
INSERT INTO public.dossiers VALUES ('31', 'HP-R-012', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:01.529971+00');
INSERT INTO public.dossiers VALUES ('31', 'HP-R-013', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:01.529971+00');
INSERT INTO public.dossiers VALUES ('31', 'HP-R-014', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:01.529971+00');
INSERT INTO public.dossiers VALUES ('31', 'HP-R-015', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:01.529971+00');
INSERT INTO public.dossiers VALUES ('31', 'HP-R-016', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:01.529971+00');
INSERT INTO public.dossiers VALUES ('31', 'HP-R-017', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:01.529971+00');
INSERT INTO public.dossiers VALUES ('31', 'HP-R-018', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:01.529971+00');
INSERT INTO public.dossiers VALUES ('31', 'HP-R-019', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:01.529971+00');
INSERT INTO public.dossiers VALUES ('31', 'HP-R-020', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:01.529971+00');
INSERT INTO public.dossiers VALUES ('31', 'HP-R-021', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:01.529971+00');
INSERT INTO public.dossiers VALUES ('31', 'HP-R-022', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:01.529971+00');
INSERT INTO public.dossiers VALUES ('31', 'HP-R-023', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:01.529971+00');
INSERT INTO public.dossiers VALUES ('31', 'HP-R-024', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:01.529971+00');
INSERT INTO public.dossiers VALUES ('31', 'HP-R-025', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:01.529971+00');
INSERT INTO public.dossiers VALUES ('31', 'HP-R-026', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:01.529971+00');
INSERT INTO public.dossiers VALUES ('31', 'HP-R-027', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:01.529971+00');
INSERT INTO public.dossiers VALUES ('31', 'HP-R-028', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:01.529971+00');
INSERT INTO public.dossiers VALUES ('31', 'HP-R-029', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:01.529971+00');
INSERT INTO public.dossiers VALUES ('31', 'HP-R-030', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:01.529971+00');
INSERT INTO public.dossiers VALUES ('31', 'HP-R-031', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:01.529971+00');
INSERT INTO public.dossiers VALUES ('31', 'HP-R-032', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:01.529971+00');
INSERT INTO public.dossiers VALUES ('31', 'HP-R-033', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:01.529971+00');
INSERT INTO public.dossiers VALUES ('31', 'HP-R-034', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:01.529971+00');
INSERT INTO public.dossiers VALUES ('31', 'HP-R-035', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:01.529971+00');
INSERT INTO public.dossiers VALUES ('31', 'HP-R-036', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:01.529971+00');
INSERT INTO public.dossiers VALUES ('31', 'HP-R-037', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:01.529971+00');
INSERT INTO public.dossiers VALUES ('31', 'HP-R-038', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:01.529971+00');
INSERT INTO public.dossiers VALUES ('31', 'HP-R-039', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:01.529971+00');
INSERT INTO public.dossiers VALUES ('31', 'HP-R-040', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:01.529971+00');
INSERT INTO public.dossiers VALUES ('31', 'HP-R-041', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:01.529971+00');
INSERT INTO public.dossiers VALUES ('31', 'HP-R-042', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:01.529971+00');
INSERT INTO public.dossiers VALUES ('31', 'HP-R-043', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:01.529971+00');
INSERT INTO public.dossiers VALUES ('31', 'HP-R-044', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:01.529971+00');
INSERT INTO public.dossiers VALUES ('31', 'HP-R-045', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:01.529971+00');
INSERT INTO public.dossiers VALUES ('31', 'HP-R-046', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:01.529971+00');
INSERT INTO public.dossiers VALUES ('31', 'HP-R-047', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:01.529971+00');
INSERT INTO public.dossiers VALUES ('31', 'HP-R-048', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:01.529971+00');
INSERT INTO public.dossiers VALUES ('31', 'HP-R-049', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:01.529971+00');
INSERT INTO public.dossiers VALUES ('31', 'HP-R-050', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:01.529971+00');
INSERT INTO public.dossiers VALUES ('31', 'HP-R-051', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:01.529971+00');
INSERT INTO public.dossiers VALUES ('31', 'HP-R-052', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:01.529971+00');
INSERT INTO public.dossiers VALUES ('31', 'HP-R-053', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:01.529971+00');
INSERT INTO public.dossiers VALUES ('31', 'HP-R-054', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:01.529971+00');
INSERT INTO public.dossiers VALUES ('31', 'HP-R-055', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:01.529971+00');
INSERT INTO public.dossiers VALUES ('31', 'HP-R-056', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:01.529971+00');
INSERT INTO public.dossiers VALUES ('31', 'HP-R-057', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:01.529971+00');
INSERT INTO public.dossiers VALUES ('31', 'HP-R-058', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:01.529971+00');
INSERT INTO public.dossiers VALUES ('31', 'HP-R-059', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:01.529971+00');
INSERT INTO public.dossiers VALUES ('31', 'HP-R-060', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:01.529971+00');
INSERT INTO public.dossiers VALUES ('31', 'HP-R-061', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:01.529971+00');
INSERT INTO public.dossiers VALUES ('31', 'HP-R-062', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:01.529971+00');
INSERT INTO public.dossiers VALUES ('31', 'HP-R-063', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:01.529971+00');
INSERT INTO public.dossiers VALUES ('31', 'HP-R-064', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:01.529971+00');
INSERT INTO public.dossiers VALUES ('31', 'HP-R-065', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:01.529971+00');
INSERT INTO public.dossiers VALUES ('31', 'HP-R-066', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:01.529971+00');
INSERT INTO public.dossiers VALUES ('31', 'HP-R-067', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:01.529971+00');
INSERT INTO public.dossiers VALUES ('31', 'HP-R-068', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:01.529971+00');
INSERT INTO public.dossiers VALUES ('31', 'HP-R-069', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:01.529971+00');
INSERT INTO public.dossiers VALUES ('31', 'HP-R-070', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:01.529971+00');
INSERT INTO public.dossiers VALUES ('31', 'HP-R-071', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:01.529971+00');
INSERT INTO public.dossiers VALUES ('31', 'HP-R-072', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:01.529971+00');
INSERT INTO public.dossiers VALUES ('31', 'HP-R-073', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:01.529971+00');
INSERT INTO public.dossiers VALUES ('31', 'HP-R-074', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:01.529971+00');
INSERT INTO public.dossiers VALUES ('31', 'HP-R-075', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:01.529971+00');
INSERT INTO public.dossiers VALUES ('31', 'HP-R-076', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:01.529971+00');
INSERT INTO public.dossiers VALUES ('31', 'HP-R-077', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:01.529971+00');
INSERT INTO public.dossiers VALUES ('31', 'HP-R-078', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:01.529971+00');
INSERT INTO public.dossiers VALUES ('31', 'HP-R-079', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:01.529971+00');
INSERT INTO public.dossiers VALUES ('31', 'HP-R-080', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:01.529971+00');
INSERT INTO public.dossiers VALUES ('31', 'HP-R-081', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:01.529971+00');
INSERT INTO public.dossiers VALUES ('31', 'HP-R-082', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:01.529971+00');
INSERT INTO public.dossiers VALUES ('31', 'HP-R-083', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:01.529971+00');
INSERT INTO public.dossiers VALUES ('31', 'HP-R-084', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:01.529971+00');
INSERT INTO public.dossiers VALUES ('31', 'HP-R-085', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:01.529971+00');
INSERT INTO public.dossiers VALUES ('31', 'HP-R-086', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:01.529971+00');
INSERT INTO public.dossiers VALUES ('31', 'HP-R-087', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:01.529971+00');
INSERT INTO public.dossiers VALUES ('31', 'HP-R-088', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:01.529971+00');
INSERT INTO public.dossiers VALUES ('31', 'HP-R-089', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:01.529971+00');
INSERT INTO public.dossiers VALUES ('31', 'HP-R-090', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:01.529971+00');
INSERT INTO public.dossiers VALUES ('31', 'HP-R-091', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:01.529971+00');
INSERT INTO public.dossiers VALUES ('31', 'HP-R-092', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:01.529971+00');
INSERT INTO public.dossiers VALUES ('31', 'HP-R-093', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:01.529971+00');
INSERT INTO public.dossiers VALUES ('31', 'HP-R-094', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:01.529971+00');
INSERT INTO public.dossiers VALUES ('31', 'HP-R-095', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:01.529971+00');
INSERT INTO public.dossiers VALUES ('31', 'HP-R-096', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:01.529971+00');
INSERT INTO public.dossiers VALUES ('31', 'HP-R-097', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:01.529971+00');
INSERT INTO public.dossiers VALUES ('31', 'HP-R-098', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:01.529971+00');
INSERT INTO public.dossiers VALUES ('31', 'HP-R-099', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:01.529971+00');
INSERT INTO public.dossiers VALUES ('31', 'HP-R-100', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:01.529971+00');
INSERT INTO public.dossiers VALUES ('31', 'HP-R-101', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:01.529971+00');
INSERT INTO public.dossiers VALUES ('31', 'HP-R-102', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:01.529971+00');
INSERT INTO public.dossiers VALUES ('31', 'HP-R-103', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:01.529971+00');
INSERT INTO public.dossiers VALUES ('31', 'HP-R-104', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:01.529971+00');
INSERT INTO public.dossiers VALUES ('31', 'HP-R-105', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:01.529971+00');
INSERT INTO public.dossiers VALUES ('31', 'HP-R-106', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:01.529971+00');
INSERT INTO public.dossiers VALUES ('31', 'HP-R-107', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:01.529971+00');
INSERT INTO public.dossiers VALUES ('31', 'HP-R-108', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:01.529971+00');
INSERT INTO public.dossiers VALUES ('31', 'HP-R-109', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:01.529971+00');
INSERT INTO public.dossiers VALUES ('31', 'HP-R-110', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:01.529971+00');
INSERT INTO public.dossiers VALUES ('31', 'HP-R-111', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:01.529971+00');
INSERT INTO public.dossiers VALUES ('31', 'HP-R-112', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:01.529971+00');
INSERT INTO public.dossiers VALUES ('31', 'HP-R-113', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:01.529971+00');
INSERT INTO public.dossiers VALUES ('31', 'HP-R-114', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:01.529971+00');
INSERT INTO public.dossiers VALUES ('31', 'HP-R-115', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:01.529971+00');
INSERT INTO public.dossiers VALUES ('31', 'HP-R-116', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:01.529971+00');
INSERT INTO public.dossiers VALUES ('31', 'HP-R-117', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:01.529971+00');
INSERT INTO public.dossiers VALUES ('31', 'HP-R-118', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:01.529971+00');
INSERT INTO public.dossiers VALUES ('31', 'HP-R-119', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:01.529971+00');
INSERT INTO public.dossiers VALUES ('31', 'HP-R-120', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:01.529971+00');
INSERT INTO public.dossiers VALUES ('31', 'HP-R-121', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:01.529971+00');
INSERT INTO public.dossiers VALUES ('31', 'HP-R-122', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:01.529971+00');
INSERT INTO public.dossiers VALUES ('31', 'HP-R-123', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:01.529971+00');
INSERT INTO public.dossiers VALUES ('31', 'HP-R-124', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:01.529971+00');
INSERT INTO public.dossiers VALUES ('31', 'HP-R-125', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:01.529971+00');
INSERT INTO public.dossiers VALUES ('31', 'HP-R-126', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:01.529971+00');
INSERT INTO public.dossiers VALUES ('31', 'HP-R-127', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:01.529971+00');
INSERT INTO public.dossiers VALUES ('31', 'HP-R-128', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:01.529971+00');
INSERT INTO public.dossiers VALUES ('31', 'HP-R-129', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:01.529971+00');
INSERT INTO public.dossiers VALUES ('31', 'HP-R-130', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:01.529971+00');
INSERT INTO public.dossiers VALUES ('31', 'HP-R-131', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:01.529971+00');
INSERT INTO public.dossiers VALUES ('31', 'HP-R-132', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:01.529971+00');
INSERT INTO public.dossiers VALUES ('31', 'HP-R-133', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:01.529971+00');
INSERT INTO public.dossiers VALUES ('31', 'HP-R-134', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:01.529971+00');
INSERT INTO public.dossiers VALUES ('31', 'HP-R-135', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:01.529971+00');
INSERT INTO public.dossiers VALUES ('31', 'HP-R-136', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:01.529971+00');
INSERT INTO public.dossiers VALUES ('31', 'HP-R-137', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:01.529971+00');
INSERT INTO public.dossiers VALUES ('31', 'HP-R-138', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:01.529971+00');
INSERT INTO public.dossiers VALUES ('31', 'HP-R-139', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:01.529971+00');
INSERT INTO public.dossiers VALUES ('31', 'HP-R-140', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:01.529971+00');
INSERT INTO public.dossiers VALUES ('31', 'HP-R-141', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:01.529971+00');
INSERT INTO public.dossiers VALUES ('31', 'HP-R-142', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:01.529971+00');
INSERT INTO public.dossiers VALUES ('31', 'HP-R-143', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:01.529971+00');
INSERT INTO public.dossiers VALUES ('31', 'HP-R-144', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:01.529971+00');
INSERT INTO public.dossiers VALUES ('31', 'HP-R-145', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:01.529971+00');
INSERT INTO public.dossiers VALUES ('31', 'HP-R-146', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:01.529971+00');
INSERT INTO public.dossiers VALUES ('31', 'HP-R-147', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:01.529971+00');
INSERT INTO public.dossiers VALUES ('31', 'HP-R-148', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:01.529971+00');
INSERT INTO public.dossiers VALUES ('31', 'HP-R-149', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:01.529971+00');
INSERT INTO public.dossiers VALUES ('31', 'HP-R-150', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:01.529971+00');
INSERT INTO public.dossiers VALUES ('31', 'HP-R-151', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:01.529971+00');
INSERT INTO public.dossiers VALUES ('31', 'HP-R-152', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:01.529971+00');
INSERT INTO public.dossiers VALUES ('31', 'HP-R-153', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:01.529971+00');
INSERT INTO public.dossiers VALUES ('31', 'HP-R-154', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:01.529971+00');
INSERT INTO public.dossiers VALUES ('31', 'HP-R-155', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:01.529971+00');
INSERT INTO public.dossiers VALUES ('31', 'HP-R-156', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:01.529971+00');
INSERT INTO public.dossiers VALUES ('31', 'HP-R-157', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:01.529971+00');
INSERT INTO public.dossiers VALUES ('31', 'HP-R-158', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:01.529971+00');
INSERT INTO public.dossiers VALUES ('31', 'HP-R-159', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:01.529971+00');
INSERT INTO public.dossiers VALUES ('31', 'HP-R-160', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:01.529971+00');
INSERT INTO public.dossiers VALUES ('31', 'HP-R-161', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:01.529971+00');
INSERT INTO public.dossiers VALUES ('31', 'HP-R-162', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:01.529971+00');
INSERT INTO public.dossiers VALUES ('31', 'HP-R-163', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:01.529971+00');
INSERT INTO public.dossiers VALUES ('31', 'HP-R-164', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:01.529971+00');
INSERT INTO public.dossiers VALUES ('31', 'HP-R-165', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:01.529971+00');
INSERT INTO public.dossiers VALUES ('31', 'HP-R-166', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:01.529971+00');
INSERT INTO public.dossiers VALUES ('31', 'HP-R-167', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:01.529971+00');
INSERT INTO public.dossiers VALUES ('31', 'HP-R-168', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:01.529971+00');
INSERT INTO public.dossiers VALUES ('31', 'HP-R-169', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:01.529971+00');
INSERT INTO public.dossiers VALUES ('31', 'HP-R-170', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:01.529971+00');
INSERT INTO public.dossiers VALUES ('31', 'HP-R-171', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:01.529971+00');
INSERT INTO public.dossiers VALUES ('31', 'HP-R-172', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:01.529971+00');
INSERT INTO public.dossiers VALUES ('31', 'HP-R-173', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:01.529971+00');
INSERT INTO public.dossiers VALUES ('31', 'HP-R-174', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:01.529971+00');
INSERT INTO public.dossiers VALUES ('31', 'HP-R-175', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:01.529971+00');
INSERT INTO public.dossiers VALUES ('31', 'HP-R-176', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:01.529971+00');
INSERT INTO public.dossiers VALUES ('31', 'HP-R-177', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:01.529971+00');
INSERT INTO public.dossiers VALUES ('31', 'HP-R-178', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:01.529971+00');
INSERT INTO public.dossiers VALUES ('31', 'HP-R-179', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:01.529971+00');
INSERT INTO public.dossiers VALUES ('31', 'HP-R-180', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:01.529971+00');
INSERT INTO public.dossiers VALUES ('31', 'HP-R-181', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:01.529971+00');
INSERT INTO public.dossiers VALUES ('31', 'HP-R-182', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:01.529971+00');
INSERT INTO public.dossiers VALUES ('31', 'HP-R-183', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:01.529971+00');
INSERT INTO public.dossiers VALUES ('31', 'HP-R-184', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:01.529971+00');
INSERT INTO public.dossiers VALUES ('31', 'HP-R-185', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:01.529971+00');
INSERT INTO public.dossiers VALUES ('31', 'HP-R-186', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:01.529971+00');
INSERT INTO public.dossiers VALUES ('31', 'HP-R-187', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:01.529971+00');
INSERT INTO public.dossiers VALUES ('31', 'HP-R-188', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:01.529971+00');
INSERT INTO public.dossiers VALUES ('31', 'HP-R-189', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:01.529971+00');
INSERT INTO public.dossiers VALUES ('31', 'HP-R-190', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:01.529971+00');
INSERT INTO public.dossiers VALUES ('31', 'HP-R-191', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:01.529971+00');
INSERT INTO public.dossiers VALUES ('31', 'HP-R-192', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:01.529971+00');
INSERT INTO public.dossiers VALUES ('31', 'HP-R-193', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:01.529971+00');
INSERT INTO public.dossiers VALUES ('31', 'HP-R-194', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:01.529971+00');
INSERT INTO public.dossiers VALUES ('31', 'HP-R-195', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:01.529971+00');
INSERT INTO public.dossiers VALUES ('31', 'HP-R-196', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:01.529971+00');
INSERT INTO public.dossiers VALUES ('31', 'HP-R-197', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:01.529971+00');
INSERT INTO public.dossiers VALUES ('31', 'HP-R-198', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:01.529971+00');
INSERT INTO public.dossiers VALUES ('31', 'HP-R-199', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:01.529971+00');
INSERT INTO public.dossiers VALUES ('31', 'HP-R-200', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:01.529971+00');
INSERT INTO public.dossiers VALUES ('31', 'HP-R-201', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:01.529971+00');
INSERT INTO public.dossiers VALUES ('31', 'HP-R-202', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:01.529971+00');
INSERT INTO public.dossiers VALUES ('31', 'HP-R-203', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:01.529971+00');
INSERT INTO public.dossiers VALUES ('31', 'HP-R-204', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:01.529971+00');
INSERT INTO public.dossiers VALUES ('31', 'HP-R-205', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:01.529971+00');
INSERT INTO public.dossiers VALUES ('31', 'HP-R-206', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:01.529971+00');
INSERT INTO public.dossiers VALUES ('31', 'HP-R-207', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:01.529971+00');
INSERT INTO public.dossiers VALUES ('31', 'HP-R-208', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:01.529971+00');
INSERT INTO public.dossiers VALUES ('31', 'HP-R-209', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:01.529971+00');
INSERT INTO public.dossiers VALUES ('31', 'HP-R-210', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:01.529971+00');
INSERT INTO public.dossiers VALUES ('31', 'HP-R-211', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:01.529971+00');
INSERT INTO public.dossiers VALUES ('31', 'HP-R-212', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:01.529971+00');
INSERT INTO public.dossiers VALUES ('31', 'HP-R-213', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:01.529971+00');
INSERT INTO public.dossiers VALUES ('31', 'HP-R-214', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:01.529971+00');
INSERT INTO public.dossiers VALUES ('31', 'HP-R-215', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:01.529971+00');
INSERT INTO public.dossiers VALUES ('31', 'HP-R-216', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:01.529971+00');
INSERT INTO public.dossiers VALUES ('31', 'HP-R-217', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:01.529971+00');
INSERT INTO public.dossiers VALUES ('31', 'HP-R-218', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:01.529971+00');
INSERT INTO public.dossiers VALUES ('31', 'HP-R-219', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:01.529971+00');
INSERT INTO public.dossiers VALUES ('31', 'HP-R-220', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:01.529971+00');
INSERT INTO public.dossiers VALUES ('31', 'HP-R-221', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:01.529971+00');
INSERT INTO public.dossiers VALUES ('31', 'HP-R-222', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:01.529971+00');
INSERT INTO public.dossiers VALUES ('31', 'HP-R-223', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:01.529971+00');
INSERT INTO public.dossiers VALUES ('31', 'HP-R-224', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:01.529971+00');
INSERT INTO public.dossiers VALUES ('31', 'HP-R-225', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:01.529971+00');
INSERT INTO public.dossiers VALUES ('31', 'HP-R-226', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:01.529971+00');
INSERT INTO public.dossiers VALUES ('31', 'HP-R-227', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:01.529971+00');
INSERT INTO public.dossiers VALUES ('31', 'HP-R-228', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:01.529971+00');
INSERT INTO public.dossiers VALUES ('31', 'HP-R-229', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:01.529971+00');
INSERT INTO public.dossiers VALUES ('31', 'HP-R-230', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:01.529971+00');
INSERT INTO public.dossiers VALUES ('31', 'HP-R-231', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:01.529971+00');
INSERT INTO public.dossiers VALUES ('31', 'HP-R-232', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:01.529971+00');
INSERT INTO public.dossiers VALUES ('31', 'HP-R-233', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:01.529971+00');
INSERT INTO public.dossiers VALUES ('31', 'HP-R-234', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:01.529971+00');
INSERT INTO public.dossiers VALUES ('31', 'HP-R-235', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:01.529971+00');
INSERT INTO public.dossiers VALUES ('31', 'HP-R-236', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:01.529971+00');
INSERT INTO public.dossiers VALUES ('31', 'HP-R-237', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:01.529971+00');
INSERT INTO public.dossiers VALUES ('31', 'HP-R-238', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:01.529971+00');
INSERT INTO public.dossiers VALUES ('31', 'HP-R-239', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:01.529971+00');
INSERT INTO public.dossiers VALUES ('31', 'HP-R-240', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:01.529971+00');
INSERT INTO public.dossiers VALUES ('31', 'HP-R-241', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:01.529971+00');
INSERT INTO public.dossiers VALUES ('31', 'HP-R-242', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:01.529971+00');
INSERT INTO public.dossiers VALUES ('31', 'HP-R-243', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:01.529971+00');
INSERT INTO public.dossiers VALUES ('31', 'HP-R-244', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:01.529971+00');
INSERT INTO public.dossiers VALUES ('31', 'HP-R-245', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:01.529971+00');
INSERT INTO public.dossiers VALUES ('31', 'HP-R-246', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:01.529971+00');
INSERT INTO public.dossiers VALUES ('31', 'HP-R-247', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:01.529971+00');
INSERT INTO public.dossiers VALUES ('31', 'HP-R-248', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:01.529971+00');
INSERT INTO public.dossiers VALUES ('31', 'HP-R-249', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:01.529971+00');
INSERT INTO public.dossiers VALUES ('31', 'HP-R-250', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:01.529971+00');
INSERT INTO public.dossiers VALUES ('31', 'HP-R-251', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:01.529971+00');
INSERT INTO public.dossiers VALUES ('31', 'HP-R-252', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:01.529971+00');
INSERT INTO public.dossiers VALUES ('31', 'HP-R-253', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:01.529971+00');
INSERT INTO public.dossiers VALUES ('31', 'HP-R-254', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:01.529971+00');
INSERT INTO public.dossiers VALUES ('31', 'HP-R-255', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:01.529971+00');
INSERT INTO public.dossiers VALUES ('31', 'HP-R-256', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:01.529971+00');
INSERT INTO public.dossiers VALUES ('31', 'HP-R-257', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:01.529971+00');
INSERT INTO public.dossiers VALUES ('31', 'HP-R-258', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:01.529971+00');
INSERT INTO public.dossiers VALUES ('31', 'HP-R-259', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:01.529971+00');
INSERT INTO public.dossiers VALUES ('31', 'HP-R-260', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:01.529971+00');
INSERT INTO public.dossiers VALUES ('31', 'HP-R-261', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:01.529971+00');
INSERT INTO public.dossiers VALUES ('31', 'HP-R-262', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:01.529971+00');
INSERT INTO public.dossiers VALUES ('31', 'HP-R-263', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:01.529971+00');
INSERT INTO public.dossiers VALUES ('31', 'HP-R-264', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:01.529971+00');
INSERT INTO public.dossiers VALUES ('31', 'HP-R-265', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:01.529971+00');
INSERT INTO public.dossiers VALUES ('31', 'HP-R-266', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:01.529971+00');
INSERT INTO public.dossiers VALUES ('31', 'HP-R-267', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:01.529971+00');
INSERT INTO public.dossiers VALUES ('31', 'HP-R-268', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:01.529971+00');
INSERT INTO public.dossiers VALUES ('31', 'HP-R-269', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:01.529971+00');
INSERT INTO public.dossiers VALUES ('31', 'HP-R-270', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:01.529971+00');
INSERT INTO public.dossiers VALUES ('31', 'HP-R-271', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:01.529971+00');
INSERT INTO public.dossiers VALUES ('31', 'HP-R-272', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:01.529971+00');
INSERT INTO public.dossiers VALUES ('31', 'HP-R-273', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:01.529971+00');
INSERT INTO public.dossiers VALUES ('31', 'HP-R-274', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:01.529971+00');
INSERT INTO public.dossiers VALUES ('31', 'HP-R-275', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:01.529971+00');
INSERT INTO public.dossiers VALUES ('31', 'HP-R-276', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:01.529971+00');
INSERT INTO public.dossiers VALUES ('31', 'HP-R-277', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:01.529971+00');
INSERT INTO public.dossiers VALUES ('31', 'HP-R-278', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:01.529971+00');
INSERT INTO public.dossiers VALUES ('31', 'HP-R-279', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:01.529971+00');
INSERT INTO public.dossiers VALUES ('31', 'HP-R-280', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:01.529971+00');
INSERT INTO public.dossiers VALUES ('31', 'HP-R-281', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:01.529971+00');
INSERT INTO public.dossiers VALUES ('31', 'HP-R-282', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:01.529971+00');
INSERT INTO public.dossiers VALUES ('31', 'HP-R-283', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:01.529971+00');
INSERT INTO public.dossiers VALUES ('31', 'HP-R-284', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:01.529971+00');
INSERT INTO public.dossiers VALUES ('31', 'HP-R-285', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:01.529971+00');
INSERT INTO public.dossiers VALUES ('31', 'HP-R-286', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:01.529971+00');
INSERT INTO public.dossiers VALUES ('31', 'HP-R-287', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:01.529971+00');
INSERT INTO public.dossiers VALUES ('31', 'HP-R-288', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:01.529971+00');
INSERT INTO public.dossiers VALUES ('31', 'HP-R-289', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:01.529971+00');
INSERT INTO public.dossiers VALUES ('31', 'HP-R-290', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:01.529971+00');
INSERT INTO public.dossiers VALUES ('31', 'HP-R-291', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:01.529971+00');
INSERT INTO public.dossiers VALUES ('31', 'HP-R-292', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:01.529971+00');
INSERT INTO public.dossiers VALUES ('31', 'HP-R-293', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:01.529971+00');
INSERT INTO public.dossiers VALUES ('31', 'HP-R-294', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:01.529971+00');
INSERT INTO public.dossiers VALUES ('31', 'HP-R-295', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:01.529971+00');
INSERT INTO public.dossiers VALUES ('31', 'HP-R-296', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:01.529971+00');
INSERT INTO public.dossiers VALUES ('31', 'HP-R-297', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:01.529971+00');
INSERT INTO public.dossiers VALUES ('31', 'HP-R-298', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:01.529971+00');
INSERT INTO public.dossiers VALUES ('31', 'HP-R-299', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:01.529971+00');
INSERT INTO public.dossiers VALUES ('31', 'HP-R-300', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:01.529971+00');
INSERT INTO public.dossiers VALUES ('31', 'HP-R-301', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:01.529971+00');
INSERT INTO public.dossiers VALUES ('31', 'HP-R-302', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:01.529971+00');
INSERT INTO public.dossiers VALUES ('31', 'HP-R-303', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:01.529971+00');
INSERT INTO public.dossiers VALUES ('31', 'HP-R-304', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:01.529971+00');
INSERT INTO public.dossiers VALUES ('31', 'HP-R-305', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:01.529971+00');
INSERT INTO public.dossiers VALUES ('31', 'HP-R-306', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:01.529971+00');
INSERT INTO public.dossiers VALUES ('31', 'HP-R-307', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:01.529971+00');
INSERT INTO public.dossiers VALUES ('31', 'HP-R-308', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:01.529971+00');
INSERT INTO public.dossiers VALUES ('31', 'HP-R-309', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:01.529971+00');
INSERT INTO public.dossiers VALUES ('31', 'HP-R-310', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:01.529971+00');
INSERT INTO public.dossiers VALUES ('31', 'HP-R-311', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:01.529971+00');
INSERT INTO public.dossiers VALUES ('31', 'HP-R-312', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:01.529971+00');
INSERT INTO public.dossiers VALUES ('31', 'HP-R-313', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:01.529971+00');
INSERT INTO public.dossiers VALUES ('31', 'HP-R-314', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:01.529971+00');
INSERT INTO public.dossiers VALUES ('31', 'HP-R-315', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:01.529971+00');
INSERT INTO public.dossiers VALUES ('31', 'HP-R-316', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:01.529971+00');
INSERT INTO public.dossiers VALUES ('31', 'HP-R-317', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:01.529971+00');
INSERT INTO public.dossiers VALUES ('31', 'HP-R-318', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:01.529971+00');
INSERT INTO public.dossiers VALUES ('31', 'HP-R-319', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:01.529971+00');
INSERT INTO public.dossiers VALUES ('31', 'HP-R-320', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:01.529971+00');
INSERT INTO public.dossiers VALUES ('31', 'HP-R-321', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:01.529971+00');
INSERT INTO public.dossiers VALUES ('31', 'HP-R-322', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:01.529971+00');
INSERT INTO public.dossiers VALUES ('31', 'HP-R-323', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:01.529971+00');
INSERT INTO public.dossiers VALUES ('31', 'HP-R-324', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:01.529971+00');
INSERT INTO public.dossiers VALUES ('31', 'HP-R-325', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:01.529971+00');
INSERT INTO public.dossiers VALUES ('31', 'HP-R-326', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:01.529971+00');
INSERT INTO public.dossiers VALUES ('31', 'HP-R-327', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:01.529971+00');
INSERT INTO public.dossiers VALUES ('31', 'HP-R-328', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:01.529971+00');
INSERT INTO public.dossiers VALUES ('31', 'HP-R-329', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:01.529971+00');
INSERT INTO public.dossiers VALUES ('31', 'HP-R-330', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:01.529971+00');
INSERT INTO public.dossiers VALUES ('31', 'HP-R-331', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:01.529971+00');
INSERT INTO public.dossiers VALUES ('31', 'HP-R-332', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:01.529971+00');
INSERT INTO public.dossiers VALUES ('31', 'HP-R-333', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:01.529971+00');
INSERT INTO public.dossiers VALUES ('31', 'HP-R-334', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:01.529971+00');
INSERT INTO public.dossiers VALUES ('31', 'HP-R-335', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:01.529971+00');
INSERT INTO public.dossiers VALUES ('31', 'HP-R-336', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:01.529971+00');
INSERT INTO public.dossiers VALUES ('31', 'HP-R-337', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:01.529971+00');
INSERT INTO public.dossiers VALUES ('31', 'HP-R-338', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:01.529971+00');
INSERT INTO public.dossiers VALUES ('31', 'HP-R-339', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:01.529971+00');
INSERT INTO public.dossiers VALUES ('31', 'HP-R-340', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:01.529971+00');
INSERT INTO public.dossiers VALUES ('31', 'HP-R-341', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:01.529971+00');
INSERT INTO public.dossiers VALUES ('31', 'HP-R-342', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:01.529971+00');
INSERT INTO public.dossiers VALUES ('31', 'HP-R-343', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:01.529971+00');
INSERT INTO public.dossiers VALUES ('31', 'HP-R-344', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:01.529971+00');
INSERT INTO public.dossiers VALUES ('31', 'HP-R-345', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:01.529971+00');
INSERT INTO public.dossiers VALUES ('31', 'HP-R-346', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:01.529971+00');
INSERT INTO public.dossiers VALUES ('31', 'HP-R-347', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:01.529971+00');
INSERT INTO public.dossiers VALUES ('31', 'HP-R-348', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:01.529971+00');
INSERT INTO public.dossiers VALUES ('31', 'HP-R-349', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:01.529971+00');
INSERT INTO public.dossiers VALUES ('31', 'HP-R-350', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:01.529971+00');
INSERT INTO public.dossiers VALUES ('31', 'HP-R-351', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:01.529971+00');
INSERT INTO public.dossiers VALUES ('31', 'HP-R-352', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:01.529971+00');
INSERT INTO public.dossiers VALUES ('31', 'HP-R-353', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:01.529971+00');
INSERT INTO public.dossiers VALUES ('31', 'HP-R-354', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:01.529971+00');
INSERT INTO public.dossiers VALUES ('31', 'HP-R-355', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:01.529971+00');
INSERT INTO public.dossiers VALUES ('31', 'HP-R-356', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:01.529971+00');
INSERT INTO public.dossiers VALUES ('31', 'HP-R-357', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:01.529971+00');
INSERT INTO public.dossiers VALUES ('31', 'HP-R-358', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:01.529971+00');
INSERT INTO public.dossiers VALUES ('31', 'HP-R-359', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:01.529971+00');
INSERT INTO public.dossiers VALUES ('31', 'HP-R-360', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:01.529971+00');
INSERT INTO public.dossiers VALUES ('31', 'HP-R-361', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:01.529971+00');
INSERT INTO public.dossiers VALUES ('31', 'HP-R-362', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:01.529971+00');
INSERT INTO public.dossiers VALUES ('31', 'HP-R-363', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:01.529971+00');
INSERT INTO public.dossiers VALUES ('31', 'HP-R-364', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:01.529971+00');
INSERT INTO public.dossiers VALUES ('31', 'HP-R-365', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:01.529971+00');
INSERT INTO public.dossiers VALUES ('31', 'HP-R-366', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:01.529971+00');
INSERT INTO public.dossiers VALUES ('31', 'HP-R-367', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:01.529971+00');
INSERT INTO public.dossiers VALUES ('31', 'HP-R-368', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:01.529971+00');
INSERT INTO public.dossiers VALUES ('31', 'HP-R-369', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:01.529971+00');
INSERT INTO public.dossiers VALUES ('31', 'HP-R-370', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:01.529971+00');
INSERT INTO public.dossiers VALUES ('31', 'HP-R-371', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:01.529971+00');
INSERT INTO public.dossiers VALUES ('31', 'HP-R-372', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:01.529971+00');
INSERT INTO public.dossiers VALUES ('31', 'HP-R-373', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:01.529971+00');
INSERT INTO public.dossiers VALUES ('31', 'HP-R-374', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:01.529971+00');
INSERT INTO public.dossiers VALUES ('31', 'HP-R-375', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:01.529971+00');
INSERT INTO public.dossiers VALUES ('31', 'HP-R-376', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:01.529971+00');
INSERT INTO public.dossiers VALUES ('31', 'HP-R-377', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:01.529971+00');
INSERT INTO public.dossiers VALUES ('31', 'HP-R-378', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:01.529971+00');
INSERT INTO public.dossiers VALUES ('31', 'HP-R-379', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:01.529971+00');
INSERT INTO public.dossiers VALUES ('31', 'HP-R-380', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:01.529971+00');
INSERT INTO public.dossiers VALUES ('31', 'HP-R-381', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:01.529971+00');
INSERT INTO public.dossiers VALUES ('31', 'HP-R-382', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:01.529971+00');
INSERT INTO public.dossiers VALUES ('31', 'HP-R-383', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:01.529971+00');
INSERT INTO public.dossiers VALUES ('31', 'HP-R-384', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:01.529971+00');
INSERT INTO public.dossiers VALUES ('31', 'HP-R-385', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:01.529971+00');
INSERT INTO public.dossiers VALUES ('31', 'HP-R-386', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:01.529971+00');
INSERT INTO public.dossiers VALUES ('31', 'HP-R-387', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:01.529971+00');
INSERT INTO public.dossiers VALUES ('31', 'HP-R-388', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:01.529971+00');
INSERT INTO public.dossiers VALUES ('31', 'HP-R-389', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:01.529971+00');
INSERT INTO public.dossiers VALUES ('31', 'HP-R-390', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:01.529971+00');
INSERT INTO public.dossiers VALUES ('31', 'HP-R-391', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:01.529971+00');
INSERT INTO public.dossiers VALUES ('31', 'HP-R-392', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:01.529971+00');
INSERT INTO public.dossiers VALUES ('31', 'HP-R-393', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:01.529971+00');
INSERT INTO public.dossiers VALUES ('31', 'HP-R-394', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:01.529971+00');
INSERT INTO public.dossiers VALUES ('31', 'HP-R-395', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:01.529971+00');
INSERT INTO public.dossiers VALUES ('31', 'HP-R-396', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:01.529971+00');
INSERT INTO public.dossiers VALUES ('31', 'HP-R-397', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:01.529971+00');
INSERT INTO public.dossiers VALUES ('31', 'HP-R-398', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:01.529971+00');
INSERT INTO public.dossiers VALUES ('31', 'HP-R-399', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:01.529971+00');
INSERT INTO public.dossiers VALUES ('48', 'DN-L-000', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2026-12-02 18:19:38+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:04.360966+00');
INSERT INTO public.dossiers VALUES ('48', 'DN-L-001', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2026-12-02 18:19:38+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:04.360966+00');
INSERT INTO public.dossiers VALUES ('48', 'DN-L-002', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2026-12-02 18:19:38+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:04.360966+00');
INSERT INTO public.dossiers VALUES ('48', 'DN-L-003', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2026-12-02 18:19:38+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:04.360966+00');
INSERT INTO public.dossiers VALUES ('48', 'DN-L-004', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2026-12-02 18:19:38+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:04.360966+00');
INSERT INTO public.dossiers VALUES ('48', 'DN-L-005', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2026-12-02 18:19:38+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:04.360966+00');
INSERT INTO public.dossiers VALUES ('48', 'DN-L-006', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2026-12-02 18:19:38+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:04.360966+00');
INSERT INTO public.dossiers VALUES ('48', 'DN-L-007', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2026-12-02 18:19:38+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:04.360966+00');
INSERT INTO public.dossiers VALUES ('48', 'DN-L-008', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2026-12-02 18:19:38+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:04.360966+00');
INSERT INTO public.dossiers VALUES ('48', 'DN-L-009', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2026-12-02 18:19:38+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:04.360966+00');
INSERT INTO public.dossiers VALUES ('48', 'DN-L-010', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2026-12-02 18:19:38+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:04.360966+00');
INSERT INTO public.dossiers VALUES ('48', 'DN-L-011', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2026-12-02 18:19:38+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:04.360966+00');
INSERT INTO public.dossiers VALUES ('48', 'DN-L-012', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2026-12-02 18:19:38+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:04.360966+00');
INSERT INTO public.dossiers VALUES ('48', 'DN-L-013', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2026-12-02 18:19:38+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:04.360966+00');
INSERT INTO public.dossiers VALUES ('48', 'DN-L-014', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2026-12-02 18:19:38+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:04.360966+00');
INSERT INTO public.dossiers VALUES ('48', 'DN-L-015', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2026-12-02 18:19:38+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:04.360966+00');
INSERT INTO public.dossiers VALUES ('48', 'DN-L-016', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2026-12-02 18:19:38+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:04.360966+00');
INSERT INTO public.dossiers VALUES ('48', 'DN-L-017', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2026-12-02 18:19:38+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:04.360966+00');
INSERT INTO public.dossiers VALUES ('48', 'DN-L-018', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2026-12-02 18:19:38+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:04.360966+00');
INSERT INTO public.dossiers VALUES ('48', 'DN-L-019', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2026-12-02 18:19:38+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:04.360966+00');
INSERT INTO public.dossiers VALUES ('48', 'DN-L-020', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:04.360966+00');
INSERT INTO public.dossiers VALUES ('48', 'DN-L-021', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:04.360966+00');
INSERT INTO public.dossiers VALUES ('48', 'DN-L-022', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:04.360966+00');
INSERT INTO public.dossiers VALUES ('48', 'DN-L-023', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:04.360966+00');
INSERT INTO public.dossiers VALUES ('48', 'DN-L-024', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:04.360966+00');
INSERT INTO public.dossiers VALUES ('48', 'DN-L-025', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:04.360966+00');
INSERT INTO public.dossiers VALUES ('48', 'DN-L-026', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:04.360966+00');
INSERT INTO public.dossiers VALUES ('48', 'DN-L-027', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:04.360966+00');
INSERT INTO public.dossiers VALUES ('48', 'DN-L-028', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:04.360966+00');
INSERT INTO public.dossiers VALUES ('48', 'DN-L-029', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:04.360966+00');
INSERT INTO public.dossiers VALUES ('48', 'DN-L-030', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:04.360966+00');
INSERT INTO public.dossiers VALUES ('48', 'DN-L-031', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:04.360966+00');
INSERT INTO public.dossiers VALUES ('48', 'DN-L-032', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:04.360966+00');
INSERT INTO public.dossiers VALUES ('48', 'DN-L-033', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:04.360966+00');
INSERT INTO public.dossiers VALUES ('48', 'DN-L-034', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:04.360966+00');
INSERT INTO public.dossiers VALUES ('48', 'DN-L-035', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:04.360966+00');
INSERT INTO public.dossiers VALUES ('48', 'DN-L-036', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:04.360966+00');
INSERT INTO public.dossiers VALUES ('48', 'DN-L-037', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:04.360966+00');
INSERT INTO public.dossiers VALUES ('48', 'DN-L-038', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:04.360966+00');
INSERT INTO public.dossiers VALUES ('48', 'DN-L-039', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:04.360966+00');
INSERT INTO public.dossiers VALUES ('92', 'CT-L-000', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2026-12-02 18:19:38+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:06.666305+00');
INSERT INTO public.dossiers VALUES ('92', 'CT-L-001', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2026-12-02 18:19:38+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:06.666305+00');
INSERT INTO public.dossiers VALUES ('92', 'CT-L-002', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2026-12-02 18:19:38+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:06.666305+00');
INSERT INTO public.dossiers VALUES ('92', 'CT-L-003', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2026-12-02 18:19:38+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:06.666305+00');
INSERT INTO public.dossiers VALUES ('92', 'CT-L-004', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2026-12-02 18:19:38+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:06.666305+00');
INSERT INTO public.dossiers VALUES ('92', 'CT-L-005', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2026-12-02 18:19:38+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:06.666305+00');
INSERT INTO public.dossiers VALUES ('92', 'CT-L-006', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2026-12-02 18:19:38+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:06.666305+00');
INSERT INTO public.dossiers VALUES ('92', 'CT-L-007', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2026-12-02 18:19:38+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:06.666305+00');
INSERT INTO public.dossiers VALUES ('92', 'CT-L-008', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2026-12-02 18:19:38+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:06.666305+00');
INSERT INTO public.dossiers VALUES ('92', 'CT-L-009', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2026-12-02 18:19:38+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:06.666305+00');
INSERT INTO public.dossiers VALUES ('92', 'CT-L-010', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2026-12-02 18:19:38+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:06.666305+00');
INSERT INTO public.dossiers VALUES ('92', 'CT-L-011', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2026-12-02 18:19:38+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:06.666305+00');
INSERT INTO public.dossiers VALUES ('92', 'CT-L-012', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2026-12-02 18:19:38+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:06.666305+00');
INSERT INTO public.dossiers VALUES ('92', 'CT-L-013', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2026-12-02 18:19:38+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:06.666305+00');
INSERT INTO public.dossiers VALUES ('92', 'CT-L-014', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2026-12-02 18:19:38+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:06.666305+00');
INSERT INTO public.dossiers VALUES ('92', 'CT-L-015', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2026-12-02 18:19:38+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:06.666305+00');
INSERT INTO public.dossiers VALUES ('92', 'CT-L-016', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2026-12-02 18:19:38+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:06.666305+00');
INSERT INTO public.dossiers VALUES ('92', 'CT-L-017', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2026-12-02 18:19:38+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:06.666305+00');
INSERT INTO public.dossiers VALUES ('92', 'CT-L-018', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2026-12-02 18:19:38+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:06.666305+00');
INSERT INTO public.dossiers VALUES ('92', 'CT-L-019', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2026-12-02 18:19:38+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:06.666305+00');
INSERT INTO public.dossiers VALUES ('92', 'CT-L-020', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:06.666305+00');
INSERT INTO public.dossiers VALUES ('92', 'CT-L-021', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:06.666305+00');
INSERT INTO public.dossiers VALUES ('92', 'CT-L-022', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:06.666305+00');
INSERT INTO public.dossiers VALUES ('92', 'CT-L-023', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:06.666305+00');
INSERT INTO public.dossiers VALUES ('92', 'CT-L-024', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:06.666305+00');
INSERT INTO public.dossiers VALUES ('92', 'CT-L-025', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:06.666305+00');
INSERT INTO public.dossiers VALUES ('92', 'CT-L-026', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:06.666305+00');
INSERT INTO public.dossiers VALUES ('92', 'CT-L-027', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:06.666305+00');
INSERT INTO public.dossiers VALUES ('92', 'CT-L-028', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:06.666305+00');
INSERT INTO public.dossiers VALUES ('92', 'CT-L-029', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:06.666305+00');
INSERT INTO public.dossiers VALUES ('92', 'CT-L-030', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:06.666305+00');
INSERT INTO public.dossiers VALUES ('92', 'CT-L-031', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:06.666305+00');
INSERT INTO public.dossiers VALUES ('92', 'CT-L-032', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:06.666305+00');
INSERT INTO public.dossiers VALUES ('92', 'CT-L-033', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:06.666305+00');
INSERT INTO public.dossiers VALUES ('92', 'CT-L-034', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:06.666305+00');
INSERT INTO public.dossiers VALUES ('92', 'CT-L-035', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:06.666305+00');
INSERT INTO public.dossiers VALUES ('92', 'CT-L-036', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:06.666305+00');
INSERT INTO public.dossiers VALUES ('92', 'CT-L-037', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:06.666305+00');
INSERT INTO public.dossiers VALUES ('92', 'CT-L-038', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:06.666305+00');
INSERT INTO public.dossiers VALUES ('92', 'CT-L-039', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:06.666305+00');
INSERT INTO public.dossiers VALUES ('33', 'HY-L-000', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2026-12-02 18:19:38+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:11.842989+00');
INSERT INTO public.dossiers VALUES ('33', 'HY-L-001', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2026-12-02 18:19:38+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:11.842989+00');
INSERT INTO public.dossiers VALUES ('33', 'HY-L-002', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2026-12-02 18:19:38+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:11.842989+00');
INSERT INTO public.dossiers VALUES ('33', 'HY-L-003', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2026-12-02 18:19:38+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:11.842989+00');
INSERT INTO public.dossiers VALUES ('33', 'HY-L-004', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2026-12-02 18:19:38+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:11.842989+00');
INSERT INTO public.dossiers VALUES ('33', 'HY-L-005', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2026-12-02 18:19:38+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:11.842989+00');
INSERT INTO public.dossiers VALUES ('33', 'HY-L-006', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2026-12-02 18:19:38+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:11.842989+00');
INSERT INTO public.dossiers VALUES ('33', 'HY-L-007', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2026-12-02 18:19:38+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:11.842989+00');
INSERT INTO public.dossiers VALUES ('33', 'HY-L-008', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2026-12-02 18:19:38+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:11.842989+00');
INSERT INTO public.dossiers VALUES ('33', 'HY-L-009', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2026-12-02 18:19:38+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:11.842989+00');
INSERT INTO public.dossiers VALUES ('33', 'HY-L-010', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2026-12-02 18:19:38+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:11.842989+00');
INSERT INTO public.dossiers VALUES ('33', 'HY-L-011', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2026-12-02 18:19:38+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:11.842989+00');
INSERT INTO public.dossiers VALUES ('33', 'HY-L-012', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2026-12-02 18:19:38+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:11.842989+00');
INSERT INTO public.dossiers VALUES ('33', 'HY-L-013', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2026-12-02 18:19:38+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:11.842989+00');
INSERT INTO public.dossiers VALUES ('33', 'HY-L-014', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2026-12-02 18:19:38+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:11.842989+00');
INSERT INTO public.dossiers VALUES ('33', 'HY-L-015', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2026-12-02 18:19:38+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:11.842989+00');
INSERT INTO public.dossiers VALUES ('33', 'HY-L-016', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2026-12-02 18:19:38+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:11.842989+00');
INSERT INTO public.dossiers VALUES ('33', 'HY-L-017', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2026-12-02 18:19:38+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:11.842989+00');
INSERT INTO public.dossiers VALUES ('33', 'HY-L-018', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2026-12-02 18:19:38+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:11.842989+00');
INSERT INTO public.dossiers VALUES ('33', 'HY-L-019', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2026-12-02 18:19:38+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:11.842989+00');
INSERT INTO public.dossiers VALUES ('33', 'HY-L-020', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:11.842989+00');
INSERT INTO public.dossiers VALUES ('33', 'HY-L-021', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:11.842989+00');
INSERT INTO public.dossiers VALUES ('33', 'HY-L-022', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:11.842989+00');
INSERT INTO public.dossiers VALUES ('33', 'HY-L-023', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:11.842989+00');
INSERT INTO public.dossiers VALUES ('33', 'HY-L-024', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:11.842989+00');
INSERT INTO public.dossiers VALUES ('33', 'HY-L-025', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:11.842989+00');
INSERT INTO public.dossiers VALUES ('33', 'HY-L-026', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:11.842989+00');
INSERT INTO public.dossiers VALUES ('33', 'HY-L-027', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:11.842989+00');
INSERT INTO public.dossiers VALUES ('33', 'HY-L-028', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:11.842989+00');
INSERT INTO public.dossiers VALUES ('33', 'HY-L-029', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:11.842989+00');
INSERT INTO public.dossiers VALUES ('92', 'CT-R-031', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:09.269822+00');
INSERT INTO public.dossiers VALUES ('92', 'CT-R-032', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:09.269822+00');
INSERT INTO public.dossiers VALUES ('92', 'CT-R-033', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:09.269822+00');
INSERT INTO public.dossiers VALUES ('92', 'CT-R-034', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:09.269822+00');
INSERT INTO public.dossiers VALUES ('92', 'CT-R-035', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:09.269822+00');
INSERT INTO public.dossiers VALUES ('92', 'CT-R-036', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:09.269822+00');
INSERT INTO public.dossiers VALUES ('92', 'CT-R-037', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:09.269822+00');
INSERT INTO public.dossiers VALUES ('92', 'CT-R-038', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:09.269822+00');
INSERT INTO public.dossiers VALUES ('92', 'CT-R-039', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:09.269822+00');
INSERT INTO public.dossiers VALUES ('92', 'CT-R-040', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:09.269822+00');
INSERT INTO public.dossiers VALUES ('92', 'CT-R-041', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:09.269822+00');
INSERT INTO public.dossiers VALUES ('92', 'CT-R-042', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:09.269822+00');
INSERT INTO public.dossiers VALUES ('92', 'CT-R-043', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:09.269822+00');
INSERT INTO public.dossiers VALUES ('92', 'CT-R-044', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:09.269822+00');
INSERT INTO public.dossiers VALUES ('92', 'CT-R-045', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:09.269822+00');
INSERT INTO public.dossiers VALUES ('92', 'CT-R-046', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:09.269822+00');
INSERT INTO public.dossiers VALUES ('92', 'CT-R-047', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:09.269822+00');
INSERT INTO public.dossiers VALUES ('92', 'CT-R-048', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:09.269822+00');
INSERT INTO public.dossiers VALUES ('92', 'CT-R-049', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:09.269822+00');
INSERT INTO public.dossiers VALUES ('92', 'CT-R-050', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:09.269822+00');
INSERT INTO public.dossiers VALUES ('92', 'CT-R-051', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:09.269822+00');
INSERT INTO public.dossiers VALUES ('92', 'CT-R-052', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:09.269822+00');
INSERT INTO public.dossiers VALUES ('92', 'CT-R-053', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:09.269822+00');
INSERT INTO public.dossiers VALUES ('92', 'CT-R-054', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:09.269822+00');
INSERT INTO public.dossiers VALUES ('92', 'CT-R-055', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:09.269822+00');
INSERT INTO public.dossiers VALUES ('92', 'CT-R-056', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:09.269822+00');
INSERT INTO public.dossiers VALUES ('92', 'CT-R-057', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:09.269822+00');
INSERT INTO public.dossiers VALUES ('92', 'CT-R-058', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:09.269822+00');
INSERT INTO public.dossiers VALUES ('92', 'CT-R-059', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:09.269822+00');
INSERT INTO public.dossiers VALUES ('92', 'CT-R-060', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:09.269822+00');
INSERT INTO public.dossiers VALUES ('92', 'CT-R-061', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:09.269822+00');
INSERT INTO public.dossiers VALUES ('92', 'CT-R-062', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:09.269822+00');
INSERT INTO public.dossiers VALUES ('92', 'CT-R-063', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:09.269822+00');
INSERT INTO public.dossiers VALUES ('92', 'CT-R-064', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:09.269822+00');
INSERT INTO public.dossiers VALUES ('92', 'CT-R-065', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:09.269822+00');
INSERT INTO public.dossiers VALUES ('92', 'CT-R-066', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:09.269822+00');
INSERT INTO public.dossiers VALUES ('92', 'CT-R-067', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:09.269822+00');
INSERT INTO public.dossiers VALUES ('92', 'CT-R-068', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:09.269822+00');
INSERT INTO public.dossiers VALUES ('92', 'CT-R-069', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:09.269822+00');
INSERT INTO public.dossiers VALUES ('92', 'CT-R-070', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:09.269822+00');
INSERT INTO public.dossiers VALUES ('92', 'CT-R-071', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:09.269822+00');
INSERT INTO public.dossiers VALUES ('92', 'CT-R-072', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:09.269822+00');
INSERT INTO public.dossiers VALUES ('92', 'CT-R-073', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:09.269822+00');
INSERT INTO public.dossiers VALUES ('92', 'CT-R-074', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:09.269822+00');
INSERT INTO public.dossiers VALUES ('92', 'CT-R-075', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:09.269822+00');
INSERT INTO public.dossiers VALUES ('92', 'CT-R-076', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:09.269822+00');
INSERT INTO public.dossiers VALUES ('92', 'CT-R-077', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:09.269822+00');
INSERT INTO public.dossiers VALUES ('92', 'CT-R-078', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:09.269822+00');
INSERT INTO public.dossiers VALUES ('92', 'CT-R-079', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:09.269822+00');
INSERT INTO public.dossiers VALUES ('92', 'CT-R-080', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:09.269822+00');
INSERT INTO public.dossiers VALUES ('92', 'CT-R-081', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:09.269822+00');
INSERT INTO public.dossiers VALUES ('92', 'CT-R-082', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:09.269822+00');
INSERT INTO public.dossiers VALUES ('92', 'CT-R-083', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:09.269822+00');
INSERT INTO public.dossiers VALUES ('92', 'CT-R-084', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:09.269822+00');
INSERT INTO public.dossiers VALUES ('92', 'CT-R-085', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:09.269822+00');
INSERT INTO public.dossiers VALUES ('92', 'CT-R-086', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:09.269822+00');
INSERT INTO public.dossiers VALUES ('92', 'CT-R-087', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:09.269822+00');
INSERT INTO public.dossiers VALUES ('92', 'CT-R-088', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:09.269822+00');
INSERT INTO public.dossiers VALUES ('92', 'CT-R-089', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:09.269822+00');
INSERT INTO public.dossiers VALUES ('92', 'CT-R-090', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:09.269822+00');
INSERT INTO public.dossiers VALUES ('92', 'CT-R-091', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:09.269822+00');
INSERT INTO public.dossiers VALUES ('92', 'CT-R-092', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:09.269822+00');
INSERT INTO public.dossiers VALUES ('92', 'CT-R-093', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:09.269822+00');
INSERT INTO public.dossiers VALUES ('92', 'CT-R-094', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:09.269822+00');
INSERT INTO public.dossiers VALUES ('92', 'CT-R-095', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:09.269822+00');
INSERT INTO public.dossiers VALUES ('92', 'CT-R-096', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:09.269822+00');
INSERT INTO public.dossiers VALUES ('92', 'CT-R-097', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:09.269822+00');
INSERT INTO public.dossiers VALUES ('92', 'CT-R-098', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:09.269822+00');
INSERT INTO public.dossiers VALUES ('92', 'CT-R-099', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:09.269822+00');
INSERT INTO public.dossiers VALUES ('92', 'CT-R-100', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:09.269822+00');
INSERT INTO public.dossiers VALUES ('92', 'CT-R-101', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:09.269822+00');
INSERT INTO public.dossiers VALUES ('92', 'CT-R-102', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:09.269822+00');
INSERT INTO public.dossiers VALUES ('92', 'CT-R-103', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:09.269822+00');
INSERT INTO public.dossiers VALUES ('92', 'CT-R-104', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:09.269822+00');
INSERT INTO public.dossiers VALUES ('92', 'CT-R-105', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:09.269822+00');
INSERT INTO public.dossiers VALUES ('92', 'CT-R-106', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:09.269822+00');
INSERT INTO public.dossiers VALUES ('92', 'CT-R-107', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:09.269822+00');
INSERT INTO public.dossiers VALUES ('92', 'CT-R-108', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:09.269822+00');
INSERT INTO public.dossiers VALUES ('92', 'CT-R-109', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:09.269822+00');
INSERT INTO public.dossiers VALUES ('92', 'CT-R-110', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:09.269822+00');
INSERT INTO public.dossiers VALUES ('92', 'CT-R-111', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:09.269822+00');
INSERT INTO public.dossiers VALUES ('92', 'CT-R-112', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:09.269822+00');
INSERT INTO public.dossiers VALUES ('92', 'CT-R-113', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:09.269822+00');
INSERT INTO public.dossiers VALUES ('92', 'CT-R-114', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:09.269822+00');
INSERT INTO public.dossiers VALUES ('92', 'CT-R-115', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:09.269822+00');
INSERT INTO public.dossiers VALUES ('92', 'CT-R-116', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:09.269822+00');
INSERT INTO public.dossiers VALUES ('92', 'CT-R-117', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:09.269822+00');
INSERT INTO public.dossiers VALUES ('92', 'CT-R-118', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:09.269822+00');
INSERT INTO public.dossiers VALUES ('92', 'CT-R-119', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:09.269822+00');
INSERT INTO public.dossiers VALUES ('92', 'CT-R-120', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:09.269822+00');
INSERT INTO public.dossiers VALUES ('92', 'CT-R-121', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:09.269822+00');
INSERT INTO public.dossiers VALUES ('92', 'CT-R-122', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:09.269822+00');
INSERT INTO public.dossiers VALUES ('92', 'CT-R-123', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:09.269822+00');
INSERT INTO public.dossiers VALUES ('92', 'CT-R-124', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:09.269822+00');
INSERT INTO public.dossiers VALUES ('92', 'CT-R-125', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:09.269822+00');
INSERT INTO public.dossiers VALUES ('92', 'CT-R-126', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:09.269822+00');
INSERT INTO public.dossiers VALUES ('92', 'CT-R-127', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:09.269822+00');
INSERT INTO public.dossiers VALUES ('92', 'CT-R-128', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:09.269822+00');
INSERT INTO public.dossiers VALUES ('92', 'CT-R-129', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:09.269822+00');
INSERT INTO public.dossiers VALUES ('92', 'CT-R-130', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:09.269822+00');
INSERT INTO public.dossiers VALUES ('92', 'CT-R-131', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:09.269822+00');
INSERT INTO public.dossiers VALUES ('92', 'CT-R-132', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:09.269822+00');
INSERT INTO public.dossiers VALUES ('92', 'CT-R-133', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:09.269822+00');
INSERT INTO public.dossiers VALUES ('92', 'CT-R-134', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:09.269822+00');
INSERT INTO public.dossiers VALUES ('92', 'CT-R-135', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:09.269822+00');
INSERT INTO public.dossiers VALUES ('92', 'CT-R-136', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:09.269822+00');
INSERT INTO public.dossiers VALUES ('92', 'CT-R-137', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:09.269822+00');
INSERT INTO public.dossiers VALUES ('92', 'CT-R-138', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:09.269822+00');
INSERT INTO public.dossiers VALUES ('92', 'CT-R-139', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:09.269822+00');
INSERT INTO public.dossiers VALUES ('92', 'CT-R-140', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:09.269822+00');
INSERT INTO public.dossiers VALUES ('92', 'CT-R-141', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:09.269822+00');
INSERT INTO public.dossiers VALUES ('92', 'CT-R-142', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:09.269822+00');
INSERT INTO public.dossiers VALUES ('92', 'CT-R-143', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:09.269822+00');
INSERT INTO public.dossiers VALUES ('92', 'CT-R-144', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:09.269822+00');
INSERT INTO public.dossiers VALUES ('92', 'CT-R-145', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:09.269822+00');
INSERT INTO public.dossiers VALUES ('92', 'CT-R-146', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:09.269822+00');
INSERT INTO public.dossiers VALUES ('92', 'CT-R-147', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:09.269822+00');
INSERT INTO public.dossiers VALUES ('92', 'CT-R-148', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:09.269822+00');
INSERT INTO public.dossiers VALUES ('92', 'CT-R-149', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:09.269822+00');
INSERT INTO public.dossiers VALUES ('92', 'CT-R-150', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:09.269822+00');
INSERT INTO public.dossiers VALUES ('92', 'CT-R-151', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:09.269822+00');
INSERT INTO public.dossiers VALUES ('92', 'CT-R-152', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:09.269822+00');
INSERT INTO public.dossiers VALUES ('92', 'CT-R-153', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:09.269822+00');
INSERT INTO public.dossiers VALUES ('92', 'CT-R-154', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:09.269822+00');
INSERT INTO public.dossiers VALUES ('92', 'CT-R-155', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:09.269822+00');
INSERT INTO public.dossiers VALUES ('92', 'CT-R-156', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:09.269822+00');
INSERT INTO public.dossiers VALUES ('92', 'CT-R-157', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:09.269822+00');
INSERT INTO public.dossiers VALUES ('92', 'CT-R-158', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:09.269822+00');
INSERT INTO public.dossiers VALUES ('92', 'CT-R-159', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:09.269822+00');
INSERT INTO public.dossiers VALUES ('92', 'CT-R-160', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:09.269822+00');
INSERT INTO public.dossiers VALUES ('92', 'CT-R-161', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:09.269822+00');
INSERT INTO public.dossiers VALUES ('92', 'CT-R-162', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:09.269822+00');
INSERT INTO public.dossiers VALUES ('92', 'CT-R-163', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:09.269822+00');
INSERT INTO public.dossiers VALUES ('92', 'CT-R-164', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:09.269822+00');
INSERT INTO public.dossiers VALUES ('92', 'CT-R-165', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:09.269822+00');
INSERT INTO public.dossiers VALUES ('92', 'CT-R-166', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:09.269822+00');
INSERT INTO public.dossiers VALUES ('92', 'CT-R-167', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:09.269822+00');
INSERT INTO public.dossiers VALUES ('92', 'CT-R-168', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:09.269822+00');
INSERT INTO public.dossiers VALUES ('92', 'CT-R-169', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:09.269822+00');
INSERT INTO public.dossiers VALUES ('92', 'CT-R-170', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:09.269822+00');
INSERT INTO public.dossiers VALUES ('92', 'CT-R-171', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:09.269822+00');
INSERT INTO public.dossiers VALUES ('92', 'CT-R-172', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:09.269822+00');
INSERT INTO public.dossiers VALUES ('92', 'CT-R-173', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:09.269822+00');
INSERT INTO public.dossiers VALUES ('92', 'CT-R-174', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:09.269822+00');
INSERT INTO public.dossiers VALUES ('92', 'CT-R-175', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:09.269822+00');
INSERT INTO public.dossiers VALUES ('92', 'CT-R-176', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:09.269822+00');
INSERT INTO public.dossiers VALUES ('92', 'CT-R-177', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:09.269822+00');
INSERT INTO public.dossiers VALUES ('92', 'CT-R-178', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:09.269822+00');
INSERT INTO public.dossiers VALUES ('92', 'CT-R-179', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:09.269822+00');
INSERT INTO public.dossiers VALUES ('92', 'CT-R-180', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:09.269822+00');
INSERT INTO public.dossiers VALUES ('92', 'CT-R-181', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:09.269822+00');
INSERT INTO public.dossiers VALUES ('92', 'CT-R-182', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:09.269822+00');
INSERT INTO public.dossiers VALUES ('92', 'CT-R-183', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:09.269822+00');
INSERT INTO public.dossiers VALUES ('92', 'CT-R-184', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:09.269822+00');
INSERT INTO public.dossiers VALUES ('92', 'CT-R-185', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:09.269822+00');
INSERT INTO public.dossiers VALUES ('92', 'CT-R-186', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:09.269822+00');
INSERT INTO public.dossiers VALUES ('92', 'CT-R-187', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:09.269822+00');
INSERT INTO public.dossiers VALUES ('92', 'CT-R-188', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:09.269822+00');
INSERT INTO public.dossiers VALUES ('92', 'CT-R-189', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:09.269822+00');
INSERT INTO public.dossiers VALUES ('92', 'CT-R-190', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:09.269822+00');
INSERT INTO public.dossiers VALUES ('92', 'CT-R-191', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:09.269822+00');
INSERT INTO public.dossiers VALUES ('92', 'CT-R-192', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:09.269822+00');
INSERT INTO public.dossiers VALUES ('92', 'CT-R-193', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:09.269822+00');
INSERT INTO public.dossiers VALUES ('92', 'CT-R-194', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:09.269822+00');
INSERT INTO public.dossiers VALUES ('92', 'CT-R-195', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:09.269822+00');
INSERT INTO public.dossiers VALUES ('92', 'CT-R-196', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:09.269822+00');
INSERT INTO public.dossiers VALUES ('92', 'CT-R-197', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:09.269822+00');
INSERT INTO public.dossiers VALUES ('92', 'CT-R-198', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:09.269822+00');
INSERT INTO public.dossiers VALUES ('92', 'CT-R-199', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:09.269822+00');
INSERT INTO public.dossiers VALUES ('92', 'CT-R-200', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:09.269822+00');
INSERT INTO public.dossiers VALUES ('92', 'CT-R-201', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:09.269822+00');
INSERT INTO public.dossiers VALUES ('92', 'CT-R-202', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:09.269822+00');
INSERT INTO public.dossiers VALUES ('92', 'CT-R-203', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:09.269822+00');
INSERT INTO public.dossiers VALUES ('92', 'CT-R-204', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:09.269822+00');
INSERT INTO public.dossiers VALUES ('92', 'CT-R-205', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:09.269822+00');
INSERT INTO public.dossiers VALUES ('92', 'CT-R-206', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:09.269822+00');
INSERT INTO public.dossiers VALUES ('92', 'CT-R-207', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:09.269822+00');
INSERT INTO public.dossiers VALUES ('92', 'CT-R-208', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:09.269822+00');
INSERT INTO public.dossiers VALUES ('92', 'CT-R-209', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:09.269822+00');
INSERT INTO public.dossiers VALUES ('92', 'CT-R-210', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:09.269822+00');
INSERT INTO public.dossiers VALUES ('92', 'CT-R-211', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:09.269822+00');
INSERT INTO public.dossiers VALUES ('92', 'CT-R-212', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:09.269822+00');
INSERT INTO public.dossiers VALUES ('92', 'CT-R-213', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:09.269822+00');
INSERT INTO public.dossiers VALUES ('92', 'CT-R-214', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:09.269822+00');
INSERT INTO public.dossiers VALUES ('92', 'CT-R-215', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:09.269822+00');
INSERT INTO public.dossiers VALUES ('92', 'CT-R-216', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:09.269822+00');
INSERT INTO public.dossiers VALUES ('92', 'CT-R-217', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:09.269822+00');
INSERT INTO public.dossiers VALUES ('92', 'CT-R-218', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:09.269822+00');
INSERT INTO public.dossiers VALUES ('92', 'CT-R-219', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:09.269822+00');
INSERT INTO public.dossiers VALUES ('92', 'CT-R-220', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:09.269822+00');
INSERT INTO public.dossiers VALUES ('92', 'CT-R-221', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:09.269822+00');
INSERT INTO public.dossiers VALUES ('92', 'CT-R-222', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:09.269822+00');
INSERT INTO public.dossiers VALUES ('92', 'CT-R-223', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:09.269822+00');
INSERT INTO public.dossiers VALUES ('92', 'CT-R-224', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:09.269822+00');
INSERT INTO public.dossiers VALUES ('92', 'CT-R-225', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:09.269822+00');
INSERT INTO public.dossiers VALUES ('92', 'CT-R-226', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:09.269822+00');
INSERT INTO public.dossiers VALUES ('92', 'CT-R-227', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:09.269822+00');
INSERT INTO public.dossiers VALUES ('92', 'CT-R-228', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:09.269822+00');
INSERT INTO public.dossiers VALUES ('92', 'CT-R-229', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:09.269822+00');
INSERT INTO public.dossiers VALUES ('92', 'CT-R-230', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:09.269822+00');
INSERT INTO public.dossiers VALUES ('92', 'CT-R-231', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:09.269822+00');
INSERT INTO public.dossiers VALUES ('92', 'CT-R-232', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:09.269822+00');
INSERT INTO public.dossiers VALUES ('92', 'CT-R-233', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:09.269822+00');
INSERT INTO public.dossiers VALUES ('92', 'CT-R-234', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:09.269822+00');
INSERT INTO public.dossiers VALUES ('92', 'CT-R-235', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:09.269822+00');
INSERT INTO public.dossiers VALUES ('92', 'CT-R-236', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:09.269822+00');
INSERT INTO public.dossiers VALUES ('92', 'CT-R-237', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:09.269822+00');
INSERT INTO public.dossiers VALUES ('92', 'CT-R-238', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:09.269822+00');
INSERT INTO public.dossiers VALUES ('92', 'CT-R-239', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:09.269822+00');
INSERT INTO public.dossiers VALUES ('92', 'CT-R-240', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:09.269822+00');
INSERT INTO public.dossiers VALUES ('92', 'CT-R-241', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:09.269822+00');
INSERT INTO public.dossiers VALUES ('92', 'CT-R-242', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:09.269822+00');
INSERT INTO public.dossiers VALUES ('92', 'CT-R-243', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:09.269822+00');
INSERT INTO public.dossiers VALUES ('92', 'CT-R-244', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:09.269822+00');
INSERT INTO public.dossiers VALUES ('92', 'CT-R-245', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:09.269822+00');
INSERT INTO public.dossiers VALUES ('92', 'CT-R-246', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:09.269822+00');
INSERT INTO public.dossiers VALUES ('92', 'CT-R-247', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:09.269822+00');
INSERT INTO public.dossiers VALUES ('92', 'CT-R-248', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:09.269822+00');
INSERT INTO public.dossiers VALUES ('92', 'CT-R-249', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:09.269822+00');
INSERT INTO public.dossiers VALUES ('92', 'CT-R-250', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:09.269822+00');
INSERT INTO public.dossiers VALUES ('92', 'CT-R-251', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:09.269822+00');
INSERT INTO public.dossiers VALUES ('92', 'CT-R-252', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:09.269822+00');
INSERT INTO public.dossiers VALUES ('92', 'CT-R-253', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:09.269822+00');
INSERT INTO public.dossiers VALUES ('92', 'CT-R-254', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:09.269822+00');
INSERT INTO public.dossiers VALUES ('92', 'CT-R-255', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:09.269822+00');
INSERT INTO public.dossiers VALUES ('92', 'CT-R-256', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:09.269822+00');
INSERT INTO public.dossiers VALUES ('92', 'CT-R-257', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:09.269822+00');
INSERT INTO public.dossiers VALUES ('92', 'CT-R-258', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:09.269822+00');
INSERT INTO public.dossiers VALUES ('92', 'CT-R-259', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:09.269822+00');
INSERT INTO public.dossiers VALUES ('92', 'CT-R-260', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:09.269822+00');
INSERT INTO public.dossiers VALUES ('92', 'CT-R-261', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:09.269822+00');
INSERT INTO public.dossiers VALUES ('92', 'CT-R-262', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:09.269822+00');
INSERT INTO public.dossiers VALUES ('92', 'CT-R-263', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:09.269822+00');
INSERT INTO public.dossiers VALUES ('92', 'CT-R-264', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:09.269822+00');
INSERT INTO public.dossiers VALUES ('92', 'CT-R-265', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:09.269822+00');
INSERT INTO public.dossiers VALUES ('92', 'CT-R-266', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:09.269822+00');
INSERT INTO public.dossiers VALUES ('92', 'CT-R-267', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:09.269822+00');
INSERT INTO public.dossiers VALUES ('92', 'CT-R-268', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:09.269822+00');
INSERT INTO public.dossiers VALUES ('92', 'CT-R-269', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:09.269822+00');
INSERT INTO public.dossiers VALUES ('92', 'CT-R-270', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:09.269822+00');
INSERT INTO public.dossiers VALUES ('92', 'CT-R-271', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:09.269822+00');
INSERT INTO public.dossiers VALUES ('92', 'CT-R-272', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:09.269822+00');
INSERT INTO public.dossiers VALUES ('92', 'CT-R-273', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:09.269822+00');
INSERT INTO public.dossiers VALUES ('92', 'CT-R-274', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:09.269822+00');
INSERT INTO public.dossiers VALUES ('92', 'CT-R-275', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:09.269822+00');
INSERT INTO public.dossiers VALUES ('92', 'CT-R-276', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:09.269822+00');
INSERT INTO public.dossiers VALUES ('92', 'CT-R-277', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:09.269822+00');
INSERT INTO public.dossiers VALUES ('92', 'CT-R-278', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:09.269822+00');
INSERT INTO public.dossiers VALUES ('92', 'CT-R-279', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:09.269822+00');
INSERT INTO public.dossiers VALUES ('92', 'CT-R-280', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:09.269822+00');
INSERT INTO public.dossiers VALUES ('92', 'CT-R-281', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:09.269822+00');
INSERT INTO public.dossiers VALUES ('92', 'CT-R-282', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:09.269822+00');
INSERT INTO public.dossiers VALUES ('92', 'CT-R-283', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:09.269822+00');
INSERT INTO public.dossiers VALUES ('92', 'CT-R-284', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:09.269822+00');
INSERT INTO public.dossiers VALUES ('92', 'CT-R-285', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:09.269822+00');
INSERT INTO public.dossiers VALUES ('92', 'CT-R-286', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:09.269822+00');
INSERT INTO public.dossiers VALUES ('92', 'CT-R-287', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:09.269822+00');
INSERT INTO public.dossiers VALUES ('92', 'CT-R-288', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:09.269822+00');
INSERT INTO public.dossiers VALUES ('92', 'CT-R-289', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:09.269822+00');
INSERT INTO public.dossiers VALUES ('92', 'CT-R-290', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:09.269822+00');
INSERT INTO public.dossiers VALUES ('92', 'CT-R-291', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:09.269822+00');
INSERT INTO public.dossiers VALUES ('92', 'CT-R-292', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:09.269822+00');
INSERT INTO public.dossiers VALUES ('92', 'CT-R-293', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:09.269822+00');
INSERT INTO public.dossiers VALUES ('92', 'CT-R-294', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:09.269822+00');
INSERT INTO public.dossiers VALUES ('92', 'CT-R-295', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:09.269822+00');
INSERT INTO public.dossiers VALUES ('92', 'CT-R-296', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:09.269822+00');
INSERT INTO public.dossiers VALUES ('92', 'CT-R-297', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:09.269822+00');
INSERT INTO public.dossiers VALUES ('92', 'CT-R-298', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:09.269822+00');
INSERT INTO public.dossiers VALUES ('92', 'CT-R-299', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:09.269822+00');
INSERT INTO public.dossiers VALUES ('92', 'CT-R-300', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:09.269822+00');
INSERT INTO public.dossiers VALUES ('92', 'CT-R-301', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:09.269822+00');
INSERT INTO public.dossiers VALUES ('92', 'CT-R-302', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:09.269822+00');
INSERT INTO public.dossiers VALUES ('92', 'CT-R-303', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:09.269822+00');
INSERT INTO public.dossiers VALUES ('92', 'CT-R-304', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:09.269822+00');
INSERT INTO public.dossiers VALUES ('92', 'CT-R-305', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:09.269822+00');
INSERT INTO public.dossiers VALUES ('92', 'CT-R-306', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:09.269822+00');
INSERT INTO public.dossiers VALUES ('92', 'CT-R-307', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:09.269822+00');
INSERT INTO public.dossiers VALUES ('92', 'CT-R-308', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:09.269822+00');
INSERT INTO public.dossiers VALUES ('92', 'CT-R-309', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:09.269822+00');
INSERT INTO public.dossiers VALUES ('92', 'CT-R-310', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:09.269822+00');
INSERT INTO public.dossiers VALUES ('92', 'CT-R-311', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:09.269822+00');
INSERT INTO public.dossiers VALUES ('92', 'CT-R-312', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:09.269822+00');
INSERT INTO public.dossiers VALUES ('92', 'CT-R-313', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:09.269822+00');
INSERT INTO public.dossiers VALUES ('92', 'CT-R-314', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:09.269822+00');
INSERT INTO public.dossiers VALUES ('92', 'CT-R-315', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:09.269822+00');
INSERT INTO public.dossiers VALUES ('92', 'CT-R-316', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:09.269822+00');
INSERT INTO public.dossiers VALUES ('92', 'CT-R-317', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:09.269822+00');
INSERT INTO public.dossiers VALUES ('92', 'CT-R-318', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:09.269822+00');
INSERT INTO public.dossiers VALUES ('92', 'CT-R-319', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:09.269822+00');
INSERT INTO public.dossiers VALUES ('92', 'CT-R-320', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:09.269822+00');
INSERT INTO public.dossiers VALUES ('92', 'CT-R-321', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:09.269822+00');
INSERT INTO public.dossiers VALUES ('92', 'CT-R-322', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:09.269822+00');
INSERT INTO public.dossiers VALUES ('92', 'CT-R-323', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:09.269822+00');
INSERT INTO public.dossiers VALUES ('92', 'CT-R-324', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:09.269822+00');
INSERT INTO public.dossiers VALUES ('92', 'CT-R-325', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:09.269822+00');
INSERT INTO public.dossiers VALUES ('92', 'CT-R-326', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:09.269822+00');
INSERT INTO public.dossiers VALUES ('92', 'CT-R-327', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:09.269822+00');
INSERT INTO public.dossiers VALUES ('92', 'CT-R-328', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:09.269822+00');
INSERT INTO public.dossiers VALUES ('92', 'CT-R-329', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:09.269822+00');
INSERT INTO public.dossiers VALUES ('92', 'CT-R-330', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:09.269822+00');
INSERT INTO public.dossiers VALUES ('92', 'CT-R-331', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:09.269822+00');
INSERT INTO public.dossiers VALUES ('92', 'CT-R-332', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:09.269822+00');
INSERT INTO public.dossiers VALUES ('92', 'CT-R-333', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:09.269822+00');
INSERT INTO public.dossiers VALUES ('92', 'CT-R-334', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:09.269822+00');
INSERT INTO public.dossiers VALUES ('92', 'CT-R-335', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:09.269822+00');
INSERT INTO public.dossiers VALUES ('92', 'CT-R-336', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:09.269822+00');
INSERT INTO public.dossiers VALUES ('92', 'CT-R-337', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:09.269822+00');
INSERT INTO public.dossiers VALUES ('92', 'CT-R-338', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:09.269822+00');
INSERT INTO public.dossiers VALUES ('92', 'CT-R-339', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:09.269822+00');
INSERT INTO public.dossiers VALUES ('92', 'CT-R-340', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:09.269822+00');
INSERT INTO public.dossiers VALUES ('92', 'CT-R-341', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:09.269822+00');
INSERT INTO public.dossiers VALUES ('92', 'CT-R-342', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:09.269822+00');
INSERT INTO public.dossiers VALUES ('92', 'CT-R-343', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:09.269822+00');
INSERT INTO public.dossiers VALUES ('92', 'CT-R-344', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:09.269822+00');
INSERT INTO public.dossiers VALUES ('92', 'CT-R-345', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:09.269822+00');
INSERT INTO public.dossiers VALUES ('92', 'CT-R-346', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:09.269822+00');
INSERT INTO public.dossiers VALUES ('92', 'CT-R-347', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:09.269822+00');
INSERT INTO public.dossiers VALUES ('92', 'CT-R-348', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:09.269822+00');
INSERT INTO public.dossiers VALUES ('92', 'CT-R-349', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:09.269822+00');
INSERT INTO public.dossiers VALUES ('92', 'CT-R-350', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:09.269822+00');
INSERT INTO public.dossiers VALUES ('92', 'CT-R-351', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:09.269822+00');
INSERT INTO public.dossiers VALUES ('92', 'CT-R-352', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:09.269822+00');
INSERT INTO public.dossiers VALUES ('92', 'CT-R-353', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:09.269822+00');
INSERT INTO public.dossiers VALUES ('92', 'CT-R-354', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:09.269822+00');
INSERT INTO public.dossiers VALUES ('92', 'CT-R-355', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:09.269822+00');
INSERT INTO public.dossiers VALUES ('92', 'CT-R-356', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:09.269822+00');
INSERT INTO public.dossiers VALUES ('92', 'CT-R-357', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:09.269822+00');
INSERT INTO public.dossiers VALUES ('92', 'CT-R-358', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:09.269822+00');
INSERT INTO public.dossiers VALUES ('92', 'CT-R-359', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:09.269822+00');
INSERT INTO public.dossiers VALUES ('92', 'CT-R-360', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:09.269822+00');
INSERT INTO public.dossiers VALUES ('92', 'CT-R-361', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:09.269822+00');
INSERT INTO public.dossiers VALUES ('92', 'CT-R-362', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:09.269822+00');
INSERT INTO public.dossiers VALUES ('92', 'CT-R-363', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:09.269822+00');
INSERT INTO public.dossiers VALUES ('92', 'CT-R-364', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:09.269822+00');
INSERT INTO public.dossiers VALUES ('92', 'CT-R-365', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:09.269822+00');
INSERT INTO public.dossiers VALUES ('92', 'CT-R-366', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:09.269822+00');
INSERT INTO public.dossiers VALUES ('92', 'CT-R-367', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:09.269822+00');
INSERT INTO public.dossiers VALUES ('92', 'CT-R-368', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:09.269822+00');
INSERT INTO public.dossiers VALUES ('92', 'CT-R-369', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:09.269822+00');
INSERT INTO public.dossiers VALUES ('92', 'CT-R-370', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:09.269822+00');
INSERT INTO public.dossiers VALUES ('92', 'CT-R-371', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:09.269822+00');
INSERT INTO public.dossiers VALUES ('92', 'CT-R-372', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:09.269822+00');
INSERT INTO public.dossiers VALUES ('92', 'CT-R-373', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:09.269822+00');
INSERT INTO public.dossiers VALUES ('92', 'CT-R-374', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:09.269822+00');
INSERT INTO public.dossiers VALUES ('92', 'CT-R-375', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:09.269822+00');
INSERT INTO public.dossiers VALUES ('92', 'CT-R-376', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:09.269822+00');
INSERT INTO public.dossiers VALUES ('92', 'CT-R-377', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:09.269822+00');
INSERT INTO public.dossiers VALUES ('92', 'CT-R-378', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:09.269822+00');
INSERT INTO public.dossiers VALUES ('92', 'CT-R-379', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:09.269822+00');
INSERT INTO public.dossiers VALUES ('92', 'CT-R-380', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:09.269822+00');
INSERT INTO public.dossiers VALUES ('92', 'CT-R-381', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:09.269822+00');
INSERT INTO public.dossiers VALUES ('92', 'CT-R-382', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:09.269822+00');
INSERT INTO public.dossiers VALUES ('92', 'CT-R-383', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:09.269822+00');
INSERT INTO public.dossiers VALUES ('92', 'CT-R-384', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:09.269822+00');
INSERT INTO public.dossiers VALUES ('92', 'CT-R-385', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:09.269822+00');
INSERT INTO public.dossiers VALUES ('92', 'CT-R-386', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:09.269822+00');
INSERT INTO public.dossiers VALUES ('92', 'CT-R-387', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:09.269822+00');
INSERT INTO public.dossiers VALUES ('92', 'CT-R-388', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:09.269822+00');
INSERT INTO public.dossiers VALUES ('92', 'CT-R-389', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:09.269822+00');
INSERT INTO public.dossiers VALUES ('92', 'CT-R-390', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:09.269822+00');
INSERT INTO public.dossiers VALUES ('92', 'CT-R-391', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:09.269822+00');
INSERT INTO public.dossiers VALUES ('92', 'CT-R-392', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:09.269822+00');
INSERT INTO public.dossiers VALUES ('92', 'CT-R-393', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:09.269822+00');
INSERT INTO public.dossiers VALUES ('92', 'CT-R-394', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:09.269822+00');
INSERT INTO public.dossiers VALUES ('92', 'CT-R-395', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:09.269822+00');
INSERT INTO public.dossiers VALUES ('92', 'CT-R-396', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:09.269822+00');
INSERT INTO public.dossiers VALUES ('92', 'CT-R-397', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:09.269822+00');
INSERT INTO public.dossiers VALUES ('92', 'CT-R-398', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:09.269822+00');
INSERT INTO public.dossiers VALUES ('92', 'CT-R-399', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:09.269822+00');
INSERT INTO public.dossiers VALUES ('33', 'HY-L-030', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:11.842989+00');
INSERT INTO public.dossiers VALUES ('33', 'HY-L-031', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:11.842989+00');
INSERT INTO public.dossiers VALUES ('33', 'HY-L-032', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:11.842989+00');
INSERT INTO public.dossiers VALUES ('33', 'HY-L-033', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:11.842989+00');
INSERT INTO public.dossiers VALUES ('33', 'HY-L-034', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:11.842989+00');
INSERT INTO public.dossiers VALUES ('33', 'HY-L-035', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:11.842989+00');
INSERT INTO public.dossiers VALUES ('33', 'HY-L-036', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:11.842989+00');
INSERT INTO public.dossiers VALUES ('33', 'HY-L-037', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:11.842989+00');
INSERT INTO public.dossiers VALUES ('33', 'HY-L-038', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:11.842989+00');
INSERT INTO public.dossiers VALUES ('33', 'HY-L-039', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:11.842989+00');
INSERT INTO public.dossiers VALUES ('33', 'HY-R-000', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:20.882987+00');
INSERT INTO public.dossiers VALUES ('33', 'HY-R-001', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:20.882987+00');
INSERT INTO public.dossiers VALUES ('33', 'HY-R-002', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:20.882987+00');
INSERT INTO public.dossiers VALUES ('33', 'HY-R-003', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:20.882987+00');
INSERT INTO public.dossiers VALUES ('33', 'HY-R-004', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:20.882987+00');
INSERT INTO public.dossiers VALUES ('33', 'HY-R-005', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:20.882987+00');
INSERT INTO public.dossiers VALUES ('33', 'HY-R-006', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:20.882987+00');
INSERT INTO public.dossiers VALUES ('33', 'HY-R-007', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:20.882987+00');
INSERT INTO public.dossiers VALUES ('33', 'HY-R-008', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:20.882987+00');
INSERT INTO public.dossiers VALUES ('33', 'HY-R-009', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:20.882987+00');
INSERT INTO public.dossiers VALUES ('33', 'HY-R-010', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:20.882987+00');
INSERT INTO public.dossiers VALUES ('33', 'HY-R-011', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:20.882987+00');
INSERT INTO public.dossiers VALUES ('33', 'HY-R-012', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:20.882987+00');
INSERT INTO public.dossiers VALUES ('33', 'HY-R-013', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:20.882987+00');
INSERT INTO public.dossiers VALUES ('33', 'HY-R-014', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:20.882987+00');
INSERT INTO public.dossiers VALUES ('33', 'HY-R-015', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:20.882987+00');
INSERT INTO public.dossiers VALUES ('33', 'HY-R-016', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:20.882987+00');
INSERT INTO public.dossiers VALUES ('33', 'HY-R-017', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:20.882987+00');
INSERT INTO public.dossiers VALUES ('33', 'HY-R-018', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:20.882987+00');
INSERT INTO public.dossiers VALUES ('33', 'HY-R-019', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:20.882987+00');
INSERT INTO public.dossiers VALUES ('33', 'HY-R-020', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:20.882987+00');
INSERT INTO public.dossiers VALUES ('33', 'HY-R-021', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:20.882987+00');
INSERT INTO public.dossiers VALUES ('33', 'HY-R-022', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:20.882987+00');
INSERT INTO public.dossiers VALUES ('33', 'HY-R-023', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:20.882987+00');
INSERT INTO public.dossiers VALUES ('33', 'HY-R-024', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:20.882987+00');
INSERT INTO public.dossiers VALUES ('33', 'HY-R-025', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:20.882987+00');
INSERT INTO public.dossiers VALUES ('33', 'HY-R-026', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:20.882987+00');
INSERT INTO public.dossiers VALUES ('33', 'HY-R-027', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:20.882987+00');
INSERT INTO public.dossiers VALUES ('33', 'HY-R-028', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:20.882987+00');
INSERT INTO public.dossiers VALUES ('33', 'HY-R-029', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:20.882987+00');
INSERT INTO public.dossiers VALUES ('33', 'HY-R-030', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:20.882987+00');
INSERT INTO public.dossiers VALUES ('33', 'HY-R-031', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:20.882987+00');
INSERT INTO public.dossiers VALUES ('33', 'HY-R-032', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:20.882987+00');
INSERT INTO public.dossiers VALUES ('33', 'HY-R-033', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:20.882987+00');
INSERT INTO public.dossiers VALUES ('33', 'HY-R-034', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:20.882987+00');
INSERT INTO public.dossiers VALUES ('33', 'HY-R-035', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:20.882987+00');
INSERT INTO public.dossiers VALUES ('33', 'HY-R-036', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:20.882987+00');
INSERT INTO public.dossiers VALUES ('33', 'HY-R-037', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:20.882987+00');
INSERT INTO public.dossiers VALUES ('33', 'HY-R-038', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:20.882987+00');
INSERT INTO public.dossiers VALUES ('33', 'HY-R-039', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:20.882987+00');
INSERT INTO public.dossiers VALUES ('33', 'HY-R-040', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:20.882987+00');
INSERT INTO public.dossiers VALUES ('33', 'HY-R-041', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:20.882987+00');
INSERT INTO public.dossiers VALUES ('33', 'HY-R-042', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:20.882987+00');
INSERT INTO public.dossiers VALUES ('33', 'HY-R-043', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:20.882987+00');
INSERT INTO public.dossiers VALUES ('33', 'HY-R-044', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:20.882987+00');
INSERT INTO public.dossiers VALUES ('33', 'HY-R-045', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:20.882987+00');
INSERT INTO public.dossiers VALUES ('33', 'HY-R-046', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:20.882987+00');
INSERT INTO public.dossiers VALUES ('33', 'HY-R-047', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:20.882987+00');
INSERT INTO public.dossiers VALUES ('33', 'HY-R-048', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:20.882987+00');
INSERT INTO public.dossiers VALUES ('33', 'HY-R-049', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:20.882987+00');
INSERT INTO public.dossiers VALUES ('33', 'HY-R-050', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:20.882987+00');
INSERT INTO public.dossiers VALUES ('33', 'HY-R-051', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:20.882987+00');
INSERT INTO public.dossiers VALUES ('33', 'HY-R-052', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:20.882987+00');
INSERT INTO public.dossiers VALUES ('33', 'HY-R-053', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:20.882987+00');
INSERT INTO public.dossiers VALUES ('33', 'HY-R-054', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:20.882987+00');
INSERT INTO public.dossiers VALUES ('33', 'HY-R-055', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:20.882987+00');
INSERT INTO public.dossiers VALUES ('33', 'HY-R-056', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:20.882987+00');
INSERT INTO public.dossiers VALUES ('33', 'HY-R-057', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:20.882987+00');
INSERT INTO public.dossiers VALUES ('33', 'HY-R-058', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:20.882987+00');
INSERT INTO public.dossiers VALUES ('33', 'HY-R-059', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:20.882987+00');
INSERT INTO public.dossiers VALUES ('33', 'HY-R-060', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:20.882987+00');
INSERT INTO public.dossiers VALUES ('33', 'HY-R-061', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:20.882987+00');
INSERT INTO public.dossiers VALUES ('33', 'HY-R-062', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:20.882987+00');
INSERT INTO public.dossiers VALUES ('33', 'HY-R-063', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:20.882987+00');
INSERT INTO public.dossiers VALUES ('33', 'HY-R-064', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:20.882987+00');
INSERT INTO public.dossiers VALUES ('33', 'HY-R-065', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:20.882987+00');
INSERT INTO public.dossiers VALUES ('33', 'HY-R-066', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:20.882987+00');
INSERT INTO public.dossiers VALUES ('33', 'HY-R-067', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:20.882987+00');
INSERT INTO public.dossiers VALUES ('33', 'HY-R-068', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:20.882987+00');
INSERT INTO public.dossiers VALUES ('33', 'HY-R-069', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:20.882987+00');
INSERT INTO public.dossiers VALUES ('33', 'HY-R-070', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:20.882987+00');
INSERT INTO public.dossiers VALUES ('33', 'HY-R-071', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:20.882987+00');
INSERT INTO public.dossiers VALUES ('33', 'HY-R-072', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:20.882987+00');
INSERT INTO public.dossiers VALUES ('33', 'HY-R-073', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:20.882987+00');
INSERT INTO public.dossiers VALUES ('33', 'HY-R-074', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:20.882987+00');
INSERT INTO public.dossiers VALUES ('33', 'HY-R-075', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:20.882987+00');
INSERT INTO public.dossiers VALUES ('33', 'HY-R-076', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:20.882987+00');
INSERT INTO public.dossiers VALUES ('33', 'HY-R-077', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:20.882987+00');
INSERT INTO public.dossiers VALUES ('33', 'HY-R-078', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:20.882987+00');
INSERT INTO public.dossiers VALUES ('33', 'HY-R-079', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:20.882987+00');
INSERT INTO public.dossiers VALUES ('33', 'HY-R-080', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:20.882987+00');
INSERT INTO public.dossiers VALUES ('33', 'HY-R-081', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:20.882987+00');
INSERT INTO public.dossiers VALUES ('33', 'HY-R-082', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:20.882987+00');
INSERT INTO public.dossiers VALUES ('33', 'HY-R-083', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:20.882987+00');
INSERT INTO public.dossiers VALUES ('33', 'HY-R-084', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:20.882987+00');
INSERT INTO public.dossiers VALUES ('33', 'HY-R-085', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:20.882987+00');
INSERT INTO public.dossiers VALUES ('33', 'HY-R-086', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:20.882987+00');
INSERT INTO public.dossiers VALUES ('33', 'HY-R-087', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:20.882987+00');
INSERT INTO public.dossiers VALUES ('33', 'HY-R-088', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:20.882987+00');
INSERT INTO public.dossiers VALUES ('33', 'HY-R-089', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:20.882987+00');
INSERT INTO public.dossiers VALUES ('33', 'HY-R-090', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:20.882987+00');
INSERT INTO public.dossiers VALUES ('33', 'HY-R-091', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:20.882987+00');
INSERT INTO public.dossiers VALUES ('33', 'HY-R-092', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:20.882987+00');
INSERT INTO public.dossiers VALUES ('33', 'HY-R-093', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:20.882987+00');
INSERT INTO public.dossiers VALUES ('33', 'HY-R-094', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:20.882987+00');
INSERT INTO public.dossiers VALUES ('33', 'HY-R-095', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:20.882987+00');
INSERT INTO public.dossiers VALUES ('33', 'HY-R-096', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:20.882987+00');
INSERT INTO public.dossiers VALUES ('33', 'HY-R-097', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:20.882987+00');
INSERT INTO public.dossiers VALUES ('33', 'HY-R-098', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:20.882987+00');
INSERT INTO public.dossiers VALUES ('33', 'HY-R-099', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:20.882987+00');
INSERT INTO public.dossiers VALUES ('33', 'HY-R-100', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:20.882987+00');
INSERT INTO public.dossiers VALUES ('33', 'HY-R-101', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:20.882987+00');
INSERT INTO public.dossiers VALUES ('33', 'HY-R-102', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:20.882987+00');
INSERT INTO public.dossiers VALUES ('33', 'HY-R-103', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:20.882987+00');
INSERT INTO public.dossiers VALUES ('33', 'HY-R-104', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:20.882987+00');
INSERT INTO public.dossiers VALUES ('33', 'HY-R-105', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:20.882987+00');
INSERT INTO public.dossiers VALUES ('33', 'HY-R-106', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:20.882987+00');
INSERT INTO public.dossiers VALUES ('33', 'HY-R-107', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:20.882987+00');
INSERT INTO public.dossiers VALUES ('33', 'HY-R-108', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:20.882987+00');
INSERT INTO public.dossiers VALUES ('33', 'HY-R-109', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:20.882987+00');
INSERT INTO public.dossiers VALUES ('33', 'HY-R-110', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:20.882987+00');
INSERT INTO public.dossiers VALUES ('33', 'HY-R-111', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:20.882987+00');
INSERT INTO public.dossiers VALUES ('33', 'HY-R-112', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:20.882987+00');
INSERT INTO public.dossiers VALUES ('33', 'HY-R-113', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:20.882987+00');
INSERT INTO public.dossiers VALUES ('33', 'HY-R-114', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:20.882987+00');
INSERT INTO public.dossiers VALUES ('33', 'HY-R-115', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:20.882987+00');
INSERT INTO public.dossiers VALUES ('33', 'HY-R-116', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:20.882987+00');
INSERT INTO public.dossiers VALUES ('33', 'HY-R-117', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:20.882987+00');
INSERT INTO public.dossiers VALUES ('33', 'HY-R-118', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:20.882987+00');
INSERT INTO public.dossiers VALUES ('33', 'HY-R-119', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:20.882987+00');
INSERT INTO public.dossiers VALUES ('33', 'HY-R-120', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:20.882987+00');
INSERT INTO public.dossiers VALUES ('33', 'HY-R-121', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:20.882987+00');
INSERT INTO public.dossiers VALUES ('33', 'HY-R-122', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:20.882987+00');
INSERT INTO public.dossiers VALUES ('33', 'HY-R-123', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:20.882987+00');
INSERT INTO public.dossiers VALUES ('33', 'HY-R-124', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:20.882987+00');
INSERT INTO public.dossiers VALUES ('33', 'HY-R-125', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:20.882987+00');
INSERT INTO public.dossiers VALUES ('33', 'HY-R-126', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:20.882987+00');
INSERT INTO public.dossiers VALUES ('33', 'HY-R-127', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:20.882987+00');
INSERT INTO public.dossiers VALUES ('33', 'HY-R-128', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:20.882987+00');
INSERT INTO public.dossiers VALUES ('33', 'HY-R-129', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:20.882987+00');
INSERT INTO public.dossiers VALUES ('33', 'HY-R-130', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:20.882987+00');
INSERT INTO public.dossiers VALUES ('33', 'HY-R-131', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:20.882987+00');
INSERT INTO public.dossiers VALUES ('33', 'HY-R-132', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:20.882987+00');
INSERT INTO public.dossiers VALUES ('33', 'HY-R-133', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:20.882987+00');
INSERT INTO public.dossiers VALUES ('33', 'HY-R-134', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:20.882987+00');
INSERT INTO public.dossiers VALUES ('33', 'HY-R-135', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:20.882987+00');
INSERT INTO public.dossiers VALUES ('33', 'HY-R-136', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:20.882987+00');
INSERT INTO public.dossiers VALUES ('33', 'HY-R-137', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:20.882987+00');
INSERT INTO public.dossiers VALUES ('33', 'HY-R-138', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:20.882987+00');
INSERT INTO public.dossiers VALUES ('33', 'HY-R-139', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:20.882987+00');
INSERT INTO public.dossiers VALUES ('33', 'HY-R-140', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:20.882987+00');
INSERT INTO public.dossiers VALUES ('33', 'HY-R-141', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:20.882987+00');
INSERT INTO public.dossiers VALUES ('33', 'HY-R-142', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:20.882987+00');
INSERT INTO public.dossiers VALUES ('33', 'HY-R-143', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:20.882987+00');
INSERT INTO public.dossiers VALUES ('33', 'HY-R-144', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:20.882987+00');
INSERT INTO public.dossiers VALUES ('33', 'HY-R-145', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:20.882987+00');
INSERT INTO public.dossiers VALUES ('33', 'HY-R-146', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:20.882987+00');
INSERT INTO public.dossiers VALUES ('33', 'HY-R-147', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:20.882987+00');
INSERT INTO public.dossiers VALUES ('33', 'HY-R-148', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:20.882987+00');
INSERT INTO public.dossiers VALUES ('33', 'HY-R-149', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:20.882987+00');
INSERT INTO public.dossiers VALUES ('33', 'HY-R-150', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:20.882987+00');
INSERT INTO public.dossiers VALUES ('33', 'HY-R-151', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:20.882987+00');
INSERT INTO public.dossiers VALUES ('33', 'HY-R-152', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:20.882987+00');
INSERT INTO public.dossiers VALUES ('33', 'HY-R-153', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:20.882987+00');
INSERT INTO public.dossiers VALUES ('33', 'HY-R-154', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:20.882987+00');
INSERT INTO public.dossiers VALUES ('33', 'HY-R-155', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:20.882987+00');
INSERT INTO public.dossiers VALUES ('33', 'HY-R-156', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:20.882987+00');
INSERT INTO public.dossiers VALUES ('33', 'HY-R-157', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:20.882987+00');
INSERT INTO public.dossiers VALUES ('33', 'HY-R-158', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:20.882987+00');
INSERT INTO public.dossiers VALUES ('33', 'HY-R-159', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:20.882987+00');
INSERT INTO public.dossiers VALUES ('33', 'HY-R-160', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:20.882987+00');
INSERT INTO public.dossiers VALUES ('33', 'HY-R-161', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:20.882987+00');
INSERT INTO public.dossiers VALUES ('33', 'HY-R-162', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:20.882987+00');
INSERT INTO public.dossiers VALUES ('33', 'HY-R-163', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:20.882987+00');
INSERT INTO public.dossiers VALUES ('33', 'HY-R-164', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:20.882987+00');
INSERT INTO public.dossiers VALUES ('33', 'HY-R-165', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:20.882987+00');
INSERT INTO public.dossiers VALUES ('33', 'HY-R-166', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:20.882987+00');
INSERT INTO public.dossiers VALUES ('33', 'HY-R-167', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:20.882987+00');
INSERT INTO public.dossiers VALUES ('33', 'HY-R-168', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:20.882987+00');
INSERT INTO public.dossiers VALUES ('33', 'HY-R-169', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:20.882987+00');
INSERT INTO public.dossiers VALUES ('33', 'HY-R-170', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:20.882987+00');
INSERT INTO public.dossiers VALUES ('33', 'HY-R-171', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:20.882987+00');
INSERT INTO public.dossiers VALUES ('33', 'HY-R-172', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:20.882987+00');
INSERT INTO public.dossiers VALUES ('33', 'HY-R-173', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:20.882987+00');
INSERT INTO public.dossiers VALUES ('33', 'HY-R-174', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:20.882987+00');
INSERT INTO public.dossiers VALUES ('33', 'HY-R-175', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:20.882987+00');
INSERT INTO public.dossiers VALUES ('33', 'HY-R-176', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:20.882987+00');
INSERT INTO public.dossiers VALUES ('33', 'HY-R-177', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:20.882987+00');
INSERT INTO public.dossiers VALUES ('33', 'HY-R-178', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:20.882987+00');
INSERT INTO public.dossiers VALUES ('33', 'HY-R-179', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:20.882987+00');
INSERT INTO public.dossiers VALUES ('33', 'HY-R-180', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:20.882987+00');
INSERT INTO public.dossiers VALUES ('33', 'HY-R-181', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:20.882987+00');
INSERT INTO public.dossiers VALUES ('33', 'HY-R-182', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:20.882987+00');
INSERT INTO public.dossiers VALUES ('33', 'HY-R-183', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:20.882987+00');
INSERT INTO public.dossiers VALUES ('33', 'HY-R-184', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:20.882987+00');
INSERT INTO public.dossiers VALUES ('33', 'HY-R-185', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:20.882987+00');
INSERT INTO public.dossiers VALUES ('33', 'HY-R-186', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:20.882987+00');
INSERT INTO public.dossiers VALUES ('33', 'HY-R-187', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:20.882987+00');
INSERT INTO public.dossiers VALUES ('33', 'HY-R-188', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:20.882987+00');
INSERT INTO public.dossiers VALUES ('33', 'HY-R-189', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:20.882987+00');
INSERT INTO public.dossiers VALUES ('33', 'HY-R-190', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:20.882987+00');
INSERT INTO public.dossiers VALUES ('33', 'HY-R-191', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:20.882987+00');
INSERT INTO public.dossiers VALUES ('33', 'HY-R-192', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:20.882987+00');
INSERT INTO public.dossiers VALUES ('33', 'HY-R-193', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:20.882987+00');
INSERT INTO public.dossiers VALUES ('33', 'HY-R-194', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:20.882987+00');
INSERT INTO public.dossiers VALUES ('33', 'HY-R-195', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:20.882987+00');
INSERT INTO public.dossiers VALUES ('33', 'HY-R-196', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:20.882987+00');
INSERT INTO public.dossiers VALUES ('33', 'HY-R-197', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:20.882987+00');
INSERT INTO public.dossiers VALUES ('33', 'HY-R-198', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:20.882987+00');
INSERT INTO public.dossiers VALUES ('33', 'HY-R-199', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:20.882987+00');
INSERT INTO public.dossiers VALUES ('33', 'HY-R-200', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:20.882987+00');
INSERT INTO public.dossiers VALUES ('33', 'HY-R-201', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:20.882987+00');
INSERT INTO public.dossiers VALUES ('33', 'HY-R-202', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:20.882987+00');
INSERT INTO public.dossiers VALUES ('33', 'HY-R-203', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:20.882987+00');
INSERT INTO public.dossiers VALUES ('33', 'HY-R-204', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:20.882987+00');
INSERT INTO public.dossiers VALUES ('33', 'HY-R-205', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:20.882987+00');
INSERT INTO public.dossiers VALUES ('33', 'HY-R-206', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:20.882987+00');
INSERT INTO public.dossiers VALUES ('33', 'HY-R-207', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:20.882987+00');
INSERT INTO public.dossiers VALUES ('33', 'HY-R-208', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:20.882987+00');
INSERT INTO public.dossiers VALUES ('33', 'HY-R-209', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:20.882987+00');
INSERT INTO public.dossiers VALUES ('33', 'HY-R-210', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:20.882987+00');
INSERT INTO public.dossiers VALUES ('33', 'HY-R-211', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:20.882987+00');
INSERT INTO public.dossiers VALUES ('33', 'HY-R-212', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:20.882987+00');
INSERT INTO public.dossiers VALUES ('33', 'HY-R-213', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:20.882987+00');
INSERT INTO public.dossiers VALUES ('33', 'HY-R-214', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:20.882987+00');
INSERT INTO public.dossiers VALUES ('33', 'HY-R-215', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:20.882987+00');
INSERT INTO public.dossiers VALUES ('33', 'HY-R-216', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:20.882987+00');
INSERT INTO public.dossiers VALUES ('33', 'HY-R-217', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:20.882987+00');
INSERT INTO public.dossiers VALUES ('33', 'HY-R-218', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:20.882987+00');
INSERT INTO public.dossiers VALUES ('33', 'HY-R-219', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:20.882987+00');
INSERT INTO public.dossiers VALUES ('33', 'HY-R-220', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:20.882987+00');
INSERT INTO public.dossiers VALUES ('33', 'HY-R-221', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:20.882987+00');
INSERT INTO public.dossiers VALUES ('33', 'HY-R-222', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:20.882987+00');
INSERT INTO public.dossiers VALUES ('33', 'HY-R-223', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:20.882987+00');
INSERT INTO public.dossiers VALUES ('33', 'HY-R-224', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:20.882987+00');
INSERT INTO public.dossiers VALUES ('33', 'HY-R-225', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:20.882987+00');
INSERT INTO public.dossiers VALUES ('33', 'HY-R-226', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:20.882987+00');
INSERT INTO public.dossiers VALUES ('33', 'HY-R-227', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:20.882987+00');
INSERT INTO public.dossiers VALUES ('33', 'HY-R-228', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:20.882987+00');
INSERT INTO public.dossiers VALUES ('33', 'HY-R-229', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:20.882987+00');
INSERT INTO public.dossiers VALUES ('33', 'HY-R-230', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:20.882987+00');
INSERT INTO public.dossiers VALUES ('33', 'HY-R-231', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:20.882987+00');
INSERT INTO public.dossiers VALUES ('33', 'HY-R-232', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:20.882987+00');
INSERT INTO public.dossiers VALUES ('33', 'HY-R-233', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:20.882987+00');
INSERT INTO public.dossiers VALUES ('33', 'HY-R-234', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:20.882987+00');
INSERT INTO public.dossiers VALUES ('33', 'HY-R-235', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:20.882987+00');
INSERT INTO public.dossiers VALUES ('33', 'HY-R-236', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:20.882987+00');
INSERT INTO public.dossiers VALUES ('33', 'HY-R-237', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:20.882987+00');
INSERT INTO public.dossiers VALUES ('33', 'HY-R-238', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:20.882987+00');
INSERT INTO public.dossiers VALUES ('33', 'HY-R-239', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:20.882987+00');
INSERT INTO public.dossiers VALUES ('33', 'HY-R-240', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:20.882987+00');
INSERT INTO public.dossiers VALUES ('33', 'HY-R-241', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:20.882987+00');
INSERT INTO public.dossiers VALUES ('33', 'HY-R-242', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:20.882987+00');
INSERT INTO public.dossiers VALUES ('33', 'HY-R-243', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:20.882987+00');
INSERT INTO public.dossiers VALUES ('33', 'HY-R-244', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:20.882987+00');
INSERT INTO public.dossiers VALUES ('33', 'HY-R-245', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:20.882987+00');
INSERT INTO public.dossiers VALUES ('33', 'HY-R-246', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:20.882987+00');
INSERT INTO public.dossiers VALUES ('33', 'HY-R-247', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:20.882987+00');
INSERT INTO public.dossiers VALUES ('33', 'HY-R-248', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:20.882987+00');
INSERT INTO public.dossiers VALUES ('33', 'HY-R-249', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:20.882987+00');
INSERT INTO public.dossiers VALUES ('33', 'HY-R-250', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:20.882987+00');
INSERT INTO public.dossiers VALUES ('33', 'HY-R-251', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:20.882987+00');
INSERT INTO public.dossiers VALUES ('33', 'HY-R-252', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:20.882987+00');
INSERT INTO public.dossiers VALUES ('33', 'HY-R-253', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:20.882987+00');
INSERT INTO public.dossiers VALUES ('33', 'HY-R-254', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:20.882987+00');
INSERT INTO public.dossiers VALUES ('33', 'HY-R-255', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:20.882987+00');
INSERT INTO public.dossiers VALUES ('33', 'HY-R-256', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:20.882987+00');
INSERT INTO public.dossiers VALUES ('33', 'HY-R-257', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:20.882987+00');
INSERT INTO public.dossiers VALUES ('33', 'HY-R-258', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:20.882987+00');
INSERT INTO public.dossiers VALUES ('33', 'HY-R-259', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:20.882987+00');
INSERT INTO public.dossiers VALUES ('33', 'HY-R-260', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:20.882987+00');
INSERT INTO public.dossiers VALUES ('33', 'HY-R-261', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:20.882987+00');
INSERT INTO public.dossiers VALUES ('33', 'HY-R-262', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:20.882987+00');
INSERT INTO public.dossiers VALUES ('33', 'HY-R-263', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:20.882987+00');
INSERT INTO public.dossiers VALUES ('33', 'HY-R-264', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:20.882987+00');
INSERT INTO public.dossiers VALUES ('33', 'HY-R-265', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:20.882987+00');
INSERT INTO public.dossiers VALUES ('33', 'HY-R-266', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:20.882987+00');
INSERT INTO public.dossiers VALUES ('33', 'HY-R-267', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:20.882987+00');
INSERT INTO public.dossiers VALUES ('33', 'HY-R-268', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:20.882987+00');
INSERT INTO public.dossiers VALUES ('33', 'HY-R-269', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:20.882987+00');
INSERT INTO public.dossiers VALUES ('33', 'HY-R-270', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:20.882987+00');
INSERT INTO public.dossiers VALUES ('33', 'HY-R-271', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:20.882987+00');
INSERT INTO public.dossiers VALUES ('33', 'HY-R-272', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:20.882987+00');
INSERT INTO public.dossiers VALUES ('33', 'HY-R-273', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:20.882987+00');
INSERT INTO public.dossiers VALUES ('33', 'HY-R-274', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:20.882987+00');
INSERT INTO public.dossiers VALUES ('33', 'HY-R-275', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:20.882987+00');
INSERT INTO public.dossiers VALUES ('33', 'HY-R-276', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:20.882987+00');
INSERT INTO public.dossiers VALUES ('33', 'HY-R-277', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:20.882987+00');
INSERT INTO public.dossiers VALUES ('33', 'HY-R-278', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:20.882987+00');
INSERT INTO public.dossiers VALUES ('33', 'HY-R-279', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:20.882987+00');
INSERT INTO public.dossiers VALUES ('33', 'HY-R-280', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:20.882987+00');
INSERT INTO public.dossiers VALUES ('33', 'HY-R-281', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:20.882987+00');
INSERT INTO public.dossiers VALUES ('33', 'HY-R-282', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:20.882987+00');
INSERT INTO public.dossiers VALUES ('33', 'HY-R-283', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:20.882987+00');
INSERT INTO public.dossiers VALUES ('33', 'HY-R-284', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:20.882987+00');
INSERT INTO public.dossiers VALUES ('33', 'HY-R-285', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:20.882987+00');
INSERT INTO public.dossiers VALUES ('33', 'HY-R-286', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:20.882987+00');
INSERT INTO public.dossiers VALUES ('33', 'HY-R-287', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:20.882987+00');
INSERT INTO public.dossiers VALUES ('33', 'HY-R-288', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:20.882987+00');
INSERT INTO public.dossiers VALUES ('33', 'HY-R-289', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:20.882987+00');
INSERT INTO public.dossiers VALUES ('33', 'HY-R-290', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:20.882987+00');
INSERT INTO public.dossiers VALUES ('33', 'HY-R-291', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:20.882987+00');
INSERT INTO public.dossiers VALUES ('33', 'HY-R-292', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:20.882987+00');
INSERT INTO public.dossiers VALUES ('33', 'HY-R-293', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:20.882987+00');
INSERT INTO public.dossiers VALUES ('33', 'HY-R-294', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:20.882987+00');
INSERT INTO public.dossiers VALUES ('33', 'HY-R-295', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:20.882987+00');
INSERT INTO public.dossiers VALUES ('33', 'HY-R-296', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:20.882987+00');
INSERT INTO public.dossiers VALUES ('33', 'HY-R-297', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:20.882987+00');
INSERT INTO public.dossiers VALUES ('33', 'HY-R-298', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:20.882987+00');
INSERT INTO public.dossiers VALUES ('33', 'HY-R-299', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:20.882987+00');
INSERT INTO public.dossiers VALUES ('33', 'HY-R-300', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:20.882987+00');
INSERT INTO public.dossiers VALUES ('33', 'HY-R-301', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:20.882987+00');
INSERT INTO public.dossiers VALUES ('33', 'HY-R-302', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:20.882987+00');
INSERT INTO public.dossiers VALUES ('33', 'HY-R-303', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:20.882987+00');
INSERT INTO public.dossiers VALUES ('33', 'HY-R-304', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:20.882987+00');
INSERT INTO public.dossiers VALUES ('33', 'HY-R-305', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:20.882987+00');
INSERT INTO public.dossiers VALUES ('33', 'HY-R-306', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:20.882987+00');
INSERT INTO public.dossiers VALUES ('33', 'HY-R-307', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:20.882987+00');
INSERT INTO public.dossiers VALUES ('33', 'HY-R-308', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:20.882987+00');
INSERT INTO public.dossiers VALUES ('33', 'HY-R-309', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:20.882987+00');
INSERT INTO public.dossiers VALUES ('33', 'HY-R-310', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:20.882987+00');
INSERT INTO public.dossiers VALUES ('33', 'HY-R-311', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:20.882987+00');
INSERT INTO public.dossiers VALUES ('33', 'HY-R-312', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:20.882987+00');
INSERT INTO public.dossiers VALUES ('33', 'HY-R-313', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:20.882987+00');
INSERT INTO public.dossiers VALUES ('33', 'HY-R-314', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:20.882987+00');
INSERT INTO public.dossiers VALUES ('33', 'HY-R-315', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:20.882987+00');
INSERT INTO public.dossiers VALUES ('33', 'HY-R-316', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:20.882987+00');
INSERT INTO public.dossiers VALUES ('33', 'HY-R-317', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:20.882987+00');
INSERT INTO public.dossiers VALUES ('33', 'HY-R-318', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:20.882987+00');
INSERT INTO public.dossiers VALUES ('33', 'HY-R-319', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:20.882987+00');
INSERT INTO public.dossiers VALUES ('33', 'HY-R-320', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:20.882987+00');
INSERT INTO public.dossiers VALUES ('33', 'HY-R-321', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:20.882987+00');
INSERT INTO public.dossiers VALUES ('33', 'HY-R-322', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:20.882987+00');
INSERT INTO public.dossiers VALUES ('33', 'HY-R-323', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:20.882987+00');
INSERT INTO public.dossiers VALUES ('33', 'HY-R-324', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:20.882987+00');
INSERT INTO public.dossiers VALUES ('33', 'HY-R-325', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:20.882987+00');
INSERT INTO public.dossiers VALUES ('33', 'HY-R-326', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:20.882987+00');
INSERT INTO public.dossiers VALUES ('33', 'HY-R-327', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:20.882987+00');
INSERT INTO public.dossiers VALUES ('33', 'HY-R-328', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:20.882987+00');
INSERT INTO public.dossiers VALUES ('33', 'HY-R-329', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:20.882987+00');
INSERT INTO public.dossiers VALUES ('33', 'HY-R-330', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:20.882987+00');
INSERT INTO public.dossiers VALUES ('33', 'HY-R-331', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:20.882987+00');
INSERT INTO public.dossiers VALUES ('33', 'HY-R-332', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:20.882987+00');
INSERT INTO public.dossiers VALUES ('33', 'HY-R-333', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:20.882987+00');
INSERT INTO public.dossiers VALUES ('33', 'HY-R-334', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:20.882987+00');
INSERT INTO public.dossiers VALUES ('33', 'HY-R-335', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:20.882987+00');
INSERT INTO public.dossiers VALUES ('33', 'HY-R-336', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:20.882987+00');
INSERT INTO public.dossiers VALUES ('33', 'HY-R-337', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:20.882987+00');
INSERT INTO public.dossiers VALUES ('33', 'HY-R-338', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:20.882987+00');
INSERT INTO public.dossiers VALUES ('33', 'HY-R-339', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:20.882987+00');
INSERT INTO public.dossiers VALUES ('33', 'HY-R-340', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:20.882987+00');
INSERT INTO public.dossiers VALUES ('33', 'HY-R-341', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:20.882987+00');
INSERT INTO public.dossiers VALUES ('33', 'HY-R-342', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:20.882987+00');
INSERT INTO public.dossiers VALUES ('33', 'HY-R-343', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:20.882987+00');
INSERT INTO public.dossiers VALUES ('33', 'HY-R-344', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:20.882987+00');
INSERT INTO public.dossiers VALUES ('33', 'HY-R-345', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:20.882987+00');
INSERT INTO public.dossiers VALUES ('33', 'HY-R-346', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:20.882987+00');
INSERT INTO public.dossiers VALUES ('33', 'HY-R-347', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:20.882987+00');
INSERT INTO public.dossiers VALUES ('33', 'HY-R-348', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:20.882987+00');
INSERT INTO public.dossiers VALUES ('33', 'HY-R-349', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:20.882987+00');
INSERT INTO public.dossiers VALUES ('33', 'HY-R-350', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:20.882987+00');
INSERT INTO public.dossiers VALUES ('33', 'HY-R-351', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:20.882987+00');
INSERT INTO public.dossiers VALUES ('33', 'HY-R-352', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:20.882987+00');
INSERT INTO public.dossiers VALUES ('33', 'HY-R-353', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:20.882987+00');
INSERT INTO public.dossiers VALUES ('33', 'HY-R-354', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:20.882987+00');
INSERT INTO public.dossiers VALUES ('33', 'HY-R-355', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:20.882987+00');
INSERT INTO public.dossiers VALUES ('33', 'HY-R-356', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:20.882987+00');
INSERT INTO public.dossiers VALUES ('33', 'HY-R-357', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:20.882987+00');
INSERT INTO public.dossiers VALUES ('33', 'HY-R-358', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:20.882987+00');
INSERT INTO public.dossiers VALUES ('33', 'HY-R-359', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:20.882987+00');
INSERT INTO public.dossiers VALUES ('33', 'HY-R-360', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:20.882987+00');
INSERT INTO public.dossiers VALUES ('33', 'HY-R-361', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:20.882987+00');
INSERT INTO public.dossiers VALUES ('33', 'HY-R-362', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:20.882987+00');
INSERT INTO public.dossiers VALUES ('33', 'HY-R-363', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:20.882987+00');
INSERT INTO public.dossiers VALUES ('33', 'HY-R-364', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:20.882987+00');
INSERT INTO public.dossiers VALUES ('33', 'HY-R-365', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:20.882987+00');
INSERT INTO public.dossiers VALUES ('33', 'HY-R-366', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:20.882987+00');
INSERT INTO public.dossiers VALUES ('33', 'HY-R-367', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:20.882987+00');
INSERT INTO public.dossiers VALUES ('33', 'HY-R-368', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:20.882987+00');
INSERT INTO public.dossiers VALUES ('33', 'HY-R-369', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:20.882987+00');
INSERT INTO public.dossiers VALUES ('33', 'HY-R-370', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:20.882987+00');
INSERT INTO public.dossiers VALUES ('33', 'HY-R-371', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:20.882987+00');
INSERT INTO public.dossiers VALUES ('33', 'HY-R-372', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:20.882987+00');
INSERT INTO public.dossiers VALUES ('33', 'HY-R-373', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:20.882987+00');
INSERT INTO public.dossiers VALUES ('33', 'HY-R-374', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:20.882987+00');
INSERT INTO public.dossiers VALUES ('33', 'HY-R-375', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:20.882987+00');
INSERT INTO public.dossiers VALUES ('33', 'HY-R-376', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:20.882987+00');
INSERT INTO public.dossiers VALUES ('33', 'HY-R-377', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:20.882987+00');
INSERT INTO public.dossiers VALUES ('33', 'HY-R-378', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:20.882987+00');
INSERT INTO public.dossiers VALUES ('33', 'HY-R-379', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:20.882987+00');
INSERT INTO public.dossiers VALUES ('33', 'HY-R-380', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:20.882987+00');
INSERT INTO public.dossiers VALUES ('33', 'HY-R-381', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:20.882987+00');
INSERT INTO public.dossiers VALUES ('33', 'HY-R-382', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:20.882987+00');
INSERT INTO public.dossiers VALUES ('33', 'HY-R-383', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:20.882987+00');
INSERT INTO public.dossiers VALUES ('33', 'HY-R-384', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:20.882987+00');
INSERT INTO public.dossiers VALUES ('33', 'HY-R-385', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:20.882987+00');
INSERT INTO public.dossiers VALUES ('33', 'HY-R-386', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:20.882987+00');
INSERT INTO public.dossiers VALUES ('33', 'HY-R-387', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:20.882987+00');
INSERT INTO public.dossiers VALUES ('33', 'HY-R-388', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:20.882987+00');
INSERT INTO public.dossiers VALUES ('33', 'HY-R-389', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:20.882987+00');
INSERT INTO public.dossiers VALUES ('33', 'HY-R-390', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:20.882987+00');
INSERT INTO public.dossiers VALUES ('33', 'HY-R-391', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:20.882987+00');
INSERT INTO public.dossiers VALUES ('33', 'HY-R-392', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:20.882987+00');
INSERT INTO public.dossiers VALUES ('33', 'HY-R-393', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:20.882987+00');
INSERT INTO public.dossiers VALUES ('33', 'HY-R-394', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:20.882987+00');
INSERT INTO public.dossiers VALUES ('33', 'HY-R-395', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:20.882987+00');
INSERT INTO public.dossiers VALUES ('33', 'HY-R-396', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:20.882987+00');
INSERT INTO public.dossiers VALUES ('33', 'HY-R-397', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:20.882987+00');
INSERT INTO public.dossiers VALUES ('33', 'HY-R-398', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:20.882987+00');
INSERT INTO public.dossiers VALUES ('33', 'HY-R-399', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:20.882987+00');
INSERT INTO public.dossiers VALUES ('96', 'CM-L-000', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2026-12-02 18:19:38+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:24.399003+00');
INSERT INTO public.dossiers VALUES ('96', 'CM-L-001', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2026-12-02 18:19:38+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:24.399003+00');
INSERT INTO public.dossiers VALUES ('96', 'CM-L-002', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2026-12-02 18:19:38+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:24.399003+00');
INSERT INTO public.dossiers VALUES ('96', 'CM-L-003', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2026-12-02 18:19:38+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:24.399003+00');
INSERT INTO public.dossiers VALUES ('96', 'CM-L-004', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2026-12-02 18:19:38+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:24.399003+00');
INSERT INTO public.dossiers VALUES ('96', 'CM-L-005', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2026-12-02 18:19:38+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:24.399003+00');
INSERT INTO public.dossiers VALUES ('96', 'CM-L-006', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2026-12-02 18:19:38+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:24.399003+00');
INSERT INTO public.dossiers VALUES ('96', 'CM-L-007', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2026-12-02 18:19:38+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:24.399003+00');
INSERT INTO public.dossiers VALUES ('96', 'CM-L-008', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2026-12-02 18:19:38+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:24.399003+00');
INSERT INTO public.dossiers VALUES ('96', 'CM-L-009', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2026-12-02 18:19:38+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:24.399003+00');
INSERT INTO public.dossiers VALUES ('96', 'CM-L-010', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2026-12-02 18:19:38+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:24.399003+00');
INSERT INTO public.dossiers VALUES ('96', 'CM-L-011', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2026-12-02 18:19:38+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:24.399003+00');
INSERT INTO public.dossiers VALUES ('96', 'CM-L-012', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2026-12-02 18:19:38+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:24.399003+00');
INSERT INTO public.dossiers VALUES ('96', 'CM-L-013', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2026-12-02 18:19:38+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:24.399003+00');
INSERT INTO public.dossiers VALUES ('96', 'CM-L-014', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2026-12-02 18:19:38+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:24.399003+00');
INSERT INTO public.dossiers VALUES ('96', 'CM-L-015', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2026-12-02 18:19:38+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:24.399003+00');
INSERT INTO public.dossiers VALUES ('96', 'CM-L-016', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2026-12-02 18:19:38+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:24.399003+00');
INSERT INTO public.dossiers VALUES ('96', 'CM-L-017', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2026-12-02 18:19:38+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:24.399003+00');
INSERT INTO public.dossiers VALUES ('96', 'CM-L-018', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2026-12-02 18:19:38+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:24.399003+00');
INSERT INTO public.dossiers VALUES ('96', 'CM-L-019', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2026-12-02 18:19:38+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:24.399003+00');
INSERT INTO public.dossiers VALUES ('96', 'CM-L-020', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:24.399003+00');
INSERT INTO public.dossiers VALUES ('96', 'CM-L-021', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:24.399003+00');
INSERT INTO public.dossiers VALUES ('96', 'CM-L-022', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:24.399003+00');
INSERT INTO public.dossiers VALUES ('96', 'CM-L-023', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:24.399003+00');
INSERT INTO public.dossiers VALUES ('96', 'CM-L-024', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:24.399003+00');
INSERT INTO public.dossiers VALUES ('96', 'CM-L-025', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:24.399003+00');
INSERT INTO public.dossiers VALUES ('96', 'CM-L-026', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:24.399003+00');
INSERT INTO public.dossiers VALUES ('96', 'CM-L-027', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:24.399003+00');
INSERT INTO public.dossiers VALUES ('96', 'CM-L-028', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:24.399003+00');
INSERT INTO public.dossiers VALUES ('96', 'CM-L-029', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:24.399003+00');
INSERT INTO public.dossiers VALUES ('96', 'CM-L-030', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:24.399003+00');
INSERT INTO public.dossiers VALUES ('96', 'CM-L-031', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:24.399003+00');
INSERT INTO public.dossiers VALUES ('96', 'CM-L-032', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:24.399003+00');
INSERT INTO public.dossiers VALUES ('96', 'CM-L-033', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:24.399003+00');
INSERT INTO public.dossiers VALUES ('96', 'CM-L-034', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:24.399003+00');
INSERT INTO public.dossiers VALUES ('96', 'CM-L-035', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:24.399003+00');
INSERT INTO public.dossiers VALUES ('96', 'CM-L-036', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:24.399003+00');
INSERT INTO public.dossiers VALUES ('96', 'CM-L-037', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:24.399003+00');
INSERT INTO public.dossiers VALUES ('96', 'CM-L-038', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:24.399003+00');
INSERT INTO public.dossiers VALUES ('96', 'CM-L-039', 'commune', 'online', NULL, '2026-12-02 01:53:05+00', '2027-01-09 17:00:00+00', '2026-12-04 03:12:44+00', 'resolved', '2026-12-07 13:26:24.399003+00');


--
-- Data for Name: edoc_counts; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.edoc_counts VALUES ('01', 'Văn phòng UBND 01', 'province', 'incoming', '2026-10', 180, 200, '2026-12-07 13:25:38.690243+00');
INSERT INTO public.edoc_counts VALUES ('01', 'Văn phòng UBND 01', 'province', 'outgoing', '2026-10', 135, 150, '2026-12-07 13:25:38.690243+00');
INSERT INTO public.edoc_counts VALUES ('01', 'UBND phường Trung tâm 01', 'commune', 'outgoing', '2026-10', 54, 60, '2026-12-07 13:25:38.690243+00');
INSERT INTO public.edoc_counts VALUES ('01', 'Văn phòng UBND 01', 'province', 'incoming', '2026-11', 190, 200, '2026-12-07 13:25:38.690243+00');
INSERT INTO public.edoc_counts VALUES ('01', 'Văn phòng UBND 01', 'province', 'outgoing', '2026-11', 142, 150, '2026-12-07 13:25:38.690243+00');
INSERT INTO public.edoc_counts VALUES ('01', 'UBND phường Trung tâm 01', 'commune', 'outgoing', '2026-11', 57, 60, '2026-12-07 13:25:38.690243+00');
INSERT INTO public.edoc_counts VALUES ('01', 'Văn phòng UBND 01', 'province', 'incoming', '2026-12', 200, 200, '2026-12-07 13:25:38.690243+00');
INSERT INTO public.edoc_counts VALUES ('01', 'Văn phòng UBND 01', 'province', 'outgoing', '2026-12', 150, 150, '2026-12-07 13:25:38.690243+00');
INSERT INTO public.edoc_counts VALUES ('01', 'UBND phường Trung tâm 01', 'commune', 'outgoing', '2026-12', 60, 60, '2026-12-07 13:25:38.690243+00');
INSERT INTO public.edoc_counts VALUES ('79', 'Văn phòng UBND 79', 'province', 'incoming', '2026-10', 180, 200, '2026-12-07 13:25:38.690243+00');
INSERT INTO public.edoc_counts VALUES ('79', 'Văn phòng UBND 79', 'province', 'outgoing', '2026-10', 135, 150, '2026-12-07 13:25:38.690243+00');
INSERT INTO public.edoc_counts VALUES ('79', 'UBND phường Trung tâm 79', 'commune', 'outgoing', '2026-10', 54, 60, '2026-12-07 13:25:38.690243+00');
INSERT INTO public.edoc_counts VALUES ('79', 'Văn phòng UBND 79', 'province', 'incoming', '2026-11', 190, 200, '2026-12-07 13:25:38.690243+00');
INSERT INTO public.edoc_counts VALUES ('79', 'Văn phòng UBND 79', 'province', 'outgoing', '2026-11', 142, 150, '2026-12-07 13:25:38.690243+00');
INSERT INTO public.edoc_counts VALUES ('79', 'UBND phường Trung tâm 79', 'commune', 'outgoing', '2026-11', 57, 60, '2026-12-07 13:25:38.690243+00');
INSERT INTO public.edoc_counts VALUES ('79', 'Văn phòng UBND 79', 'province', 'incoming', '2026-12', 200, 200, '2026-12-07 13:25:38.690243+00');
INSERT INTO public.edoc_counts VALUES ('79', 'Văn phòng UBND 79', 'province', 'outgoing', '2026-12', 150, 150, '2026-12-07 13:25:38.690243+00');
INSERT INTO public.edoc_counts VALUES ('79', 'UBND phường Trung tâm 79', 'commune', 'outgoing', '2026-12', 60, 60, '2026-12-07 13:25:38.690243+00');


--
-- Data for Name: grain_state; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.grain_state VALUES ('indicator', '79/online-l4', 'totals', '{"watermark":1,"buckets":{"0":[40,10,14,16,0,0]},"daily":{"20261207":[40,10,14,16,0,0]},"liveStatus":4,"livePeriod":"2026-12"}', 1, '2026-12-07 13:26:08.637893+00');
INSERT INTO public.grain_state VALUES ('indicator', '01/edoc', 'totals', '{"watermark":3,"buckets":{"202610":[369,410,0,0,0,0],"202611":[389,410,0,0,0,0],"202612":[410,410,0,0,0,0]},"daily":{},"liveStatus":4,"livePeriod":"2026-12"}', 1, '2026-12-07 13:26:08.722115+00');
INSERT INTO public.grain_state VALUES ('indicator', '79/edoc', 'totals', '{"watermark":3,"buckets":{"202610":[369,410,0,0,0,0],"202611":[389,410,0,0,0,0],"202612":[410,410,0,0,0,0]},"daily":{},"liveStatus":4,"livePeriod":"2026-12"}', 1, '2026-12-07 13:26:08.721801+00');
INSERT INTO public.grain_state VALUES ('indicator', '01/ontime', 'totals', '{"watermark":4,"buckets":{"202610":[30,28,0,2,0,0],"202611":[37,32,0,3,0,0],"20261226":[2,0,0,0,0,0],"202612":[40,20,0,20,0,0]},"daily":{},"liveStatus":1,"livePeriod":"2026-12"}', 1, '2026-12-07 13:26:08.864624+00');
INSERT INTO public.grain_state VALUES ('indicator', '01/online-dossier', 'totals', '{"watermark":3,"buckets":{"202610":[30,25,5,0,0,0],"202611":[37,32,5,0,0,0],"202612":[40,40,0,0,0,0]},"daily":{},"liveStatus":4,"livePeriod":"2026-12"}', 1, '2026-12-07 13:26:08.864269+00');
INSERT INTO public.grain_state VALUES ('indicator', '79/online-dossier', 'totals', '{"watermark":3,"buckets":{"202610":[32,27,5,0,0,0],"202611":[39,33,6,0,0,0],"202612":[45,41,3,1,0,0]},"daily":{},"liveStatus":4,"livePeriod":"2026-12"}', 1, '2026-12-07 13:26:08.997736+00');
INSERT INTO public.grain_state VALUES ('indicator', '79/ontime', 'totals', '{"watermark":6,"buckets":{"202610":[32,31,0,1,0,0],"202611":[39,32,0,4,0,0],"20261226":[3,0,0,0,0,0],"202612":[45,20,0,20,1,1],"20261202":[1,0,0,0,0,0],"20270105":[2,0,0,0,0,0]},"daily":{},"liveStatus":1,"livePeriod":"2026-12"}', 1, '2026-12-07 13:26:08.997559+00');
INSERT INTO public.grain_state VALUES ('indicator', '31/ontime', 'totals', '{"watermark":4,"buckets":{"202610":[20,20,0,0,0,0],"202611":[25,19,0,6,0,0],"202612":[440,420,0,20,0,0]},"daily":{},"liveStatus":2,"livePeriod":"2026-12"}', 1, '2026-12-07 13:26:09.017112+00');
INSERT INTO public.grain_state VALUES ('indicator', '31/online-dossier', 'totals', '{"watermark":4,"buckets":{"202610":[20,17,3,0,0,0],"202611":[25,21,4,0,0,0],"202612":[440,440,0,0,0,0]},"daily":{},"liveStatus":4,"livePeriod":"2026-12"}', 1, '2026-12-07 13:26:09.016917+00');
INSERT INTO public.grain_state VALUES ('indicator', '19/online-dossier', 'totals', '{"watermark":1,"buckets":{"202612":[12,8,4,0,0,0]},"daily":{},"liveStatus":0,"livePeriod":"2026-12"}', 1, '2026-12-07 13:26:09.040295+00');
INSERT INTO public.grain_state VALUES ('indicator', '19/ontime', 'totals', '{"watermark":2,"buckets":{"202612":[12,9,0,0,0,0],"20261231":[3,0,0,0,0,0]},"daily":{},"liveStatus":0,"livePeriod":"2026-12"}', 1, '2026-12-07 13:26:09.048673+00');
INSERT INTO public.grain_state VALUES ('indicator', '22/ontime', 'totals', '{"watermark":2,"buckets":{"202612":[8,6,0,0,0,0],"20261221":[2,0,0,0,0,0]},"daily":{},"liveStatus":0,"livePeriod":"2026-12"}', 1, '2026-12-07 13:26:09.190483+00');
INSERT INTO public.grain_state VALUES ('indicator', '22/online-dossier', 'totals', '{"watermark":1,"buckets":{"202612":[8,4,4,0,0,0]},"daily":{},"liveStatus":0,"livePeriod":"2026-12"}', 1, '2026-12-07 13:26:09.276106+00');
INSERT INTO public.grain_state VALUES ('indicator', '92/online-dossier', 'totals', '{"watermark":2,"buckets":{"202612":[440,440,0,0,0,0]},"daily":{},"liveStatus":4,"livePeriod":"2026-12"}', 1, '2026-12-07 13:26:15.828795+00');
INSERT INTO public.grain_state VALUES ('indicator', '48/online-dossier', 'totals', '{"watermark":1,"buckets":{"202612":[40,40,0,0,0,0]},"daily":{},"liveStatus":4,"livePeriod":"2026-12"}', 1, '2026-12-07 13:26:15.832746+00');
INSERT INTO public.grain_state VALUES ('indicator', '92/ontime', 'totals', '{"watermark":2,"buckets":{"202612":[440,420,0,20,0,0]},"daily":{},"liveStatus":2,"livePeriod":"2026-12"}', 1, '2026-12-07 13:26:15.832177+00');
INSERT INTO public.grain_state VALUES ('indicator', '48/ontime', 'totals', '{"watermark":1,"buckets":{"202612":[40,20,0,20,0,0]},"daily":{},"liveStatus":1,"livePeriod":"2026-12"}', 1, '2026-12-07 13:26:15.842108+00');
INSERT INTO public.grain_state VALUES ('boardnodes', '0', 'nodes', '{"observers":{}}', 4, '2026-12-07 13:26:27.11658+00');
INSERT INTO public.grain_state VALUES ('indicator', '33/ontime', 'totals', '{"watermark":2,"buckets":{"202612":[440,420,0,20,0,0]},"daily":{},"liveStatus":2,"livePeriod":"2026-12"}', 2, '2026-12-07 13:26:27.358843+00');
INSERT INTO public.grain_state VALUES ('indicator', '96/ontime', 'totals', '{"watermark":1,"buckets":{"202612":[40,20,0,20,0,0]},"daily":{},"liveStatus":1,"livePeriod":"2026-12"}', 1, '2026-12-07 13:26:27.360289+00');
INSERT INTO public.grain_state VALUES ('indicator', '33/online-dossier', 'totals', '{"watermark":2,"buckets":{"202612":[440,440,0,0,0,0]},"daily":{},"liveStatus":4,"livePeriod":"2026-12"}', 2, '2026-12-07 13:26:27.360885+00');
INSERT INTO public.grain_state VALUES ('indicator', '96/online-dossier', 'totals', '{"watermark":1,"buckets":{"202612":[40,40,0,0,0,0]},"daily":{},"liveStatus":4,"livePeriod":"2026-12"}', 1, '2026-12-07 13:26:27.368002+00');


--
-- Data for Name: issued_reports; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: ledger; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.ledger VALUES ('79', 'online-l4', 1);
INSERT INTO public.ledger VALUES ('01', 'online-l4', 0);
INSERT INTO public.ledger VALUES ('01', 'edoc', 3);
INSERT INTO public.ledger VALUES ('79', 'edoc', 3);
INSERT INTO public.ledger VALUES ('31', 'edoc', 0);
INSERT INTO public.ledger VALUES ('31', 'online-l4', 0);
INSERT INTO public.ledger VALUES ('19', 'edoc', 0);
INSERT INTO public.ledger VALUES ('19', 'online-l4', 0);
INSERT INTO public.ledger VALUES ('19', 'online-dossier', 1);
INSERT INTO public.ledger VALUES ('19', 'ontime', 2);
INSERT INTO public.ledger VALUES ('22', 'edoc', 0);
INSERT INTO public.ledger VALUES ('22', 'online-l4', 0);
INSERT INTO public.ledger VALUES ('22', 'online-dossier', 1);
INSERT INTO public.ledger VALUES ('22', 'ontime', 2);
INSERT INTO public.ledger VALUES ('79', 'online-dossier', 3);
INSERT INTO public.ledger VALUES ('79', 'ontime', 6);
INSERT INTO public.ledger VALUES ('01', 'online-dossier', 3);
INSERT INTO public.ledger VALUES ('01', 'ontime', 4);
INSERT INTO public.ledger VALUES ('31', 'online-dossier', 4);
INSERT INTO public.ledger VALUES ('31', 'ontime', 4);
INSERT INTO public.ledger VALUES ('48', 'edoc', 0);
INSERT INTO public.ledger VALUES ('48', 'online-l4', 0);
INSERT INTO public.ledger VALUES ('48', 'online-dossier', 1);
INSERT INTO public.ledger VALUES ('48', 'ontime', 1);
INSERT INTO public.ledger VALUES ('92', 'edoc', 0);
INSERT INTO public.ledger VALUES ('92', 'online-l4', 0);
INSERT INTO public.ledger VALUES ('92', 'online-dossier', 2);
INSERT INTO public.ledger VALUES ('92', 'ontime', 2);
INSERT INTO public.ledger VALUES ('33', 'edoc', 0);
INSERT INTO public.ledger VALUES ('33', 'online-l4', 0);
INSERT INTO public.ledger VALUES ('33', 'online-dossier', 2);
INSERT INTO public.ledger VALUES ('33', 'ontime', 2);
INSERT INTO public.ledger VALUES ('96', 'edoc', 0);
INSERT INTO public.ledger VALUES ('96', 'online-l4', 0);
INSERT INTO public.ledger VALUES ('96', 'online-dossier', 1);
INSERT INTO public.ledger VALUES ('96', 'ontime', 1);


--
-- Data for Name: orleans_membership; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.orleans_membership VALUES ('kpi', '127.0.0.1', 59423, 155654730, 'Silo_0e5da', 'vm', 6, 57249, '127.0.0.1:59423@155654730,2026-12-07 13:26:15.872 GMT', '2026-12-07 13:25:30.204175+00', '2026-12-07 13:26:15.872005+00');
INSERT INTO public.orleans_membership VALUES ('kpi', '127.0.0.1', 52521, 155654777, 'Silo_4a1e5', 'vm', 6, 36343, '127.0.0.1:52521@155654777,2026-12-07 13:26:28.008 GMT', '2026-12-07 13:26:17.056401+00', '2026-12-07 13:26:28.008337+00');


--
-- Data for Name: orleans_membership_version; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.orleans_membership_version VALUES ('kpi', 8, '2026-12-07 13:26:28.012106+00');


--
-- Data for Name: orleansquery; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.orleansquery VALUES ('InsertMembershipVersionKey', '
    WITH created AS (
        INSERT INTO orleans_membership_version (deployment_id) VALUES (@DeploymentId)
        ON CONFLICT (deployment_id) DO NOTHING
        RETURNING 1
    )
    SELECT COUNT(*)::int FROM created
');
INSERT INTO public.orleansquery VALUES ('InsertMembershipKey', '
    WITH bumped AS (
        UPDATE orleans_membership_version SET version = version + 1, changed_at = now()
        WHERE deployment_id = @DeploymentId AND version = @Version
        RETURNING deployment_id
    ), inserted AS (
        INSERT INTO orleans_membership (deployment_id, address, port, generation, silo_name, host_name, status,
                                        proxy_port, start_time, i_am_alive_time)
        SELECT deployment_id, @Address, @Port, @Generation, @SiloName, @HostName, @Status,
               @ProxyPort, @StartTime, @IAmAliveTime
        FROM bumped
        RETURNING 1
    )
    SELECT COUNT(*)::int FROM inserted
');
INSERT INTO public.orleansquery VALUES ('UpdateMembershipKey', '
    WITH bumped AS (
        UPDATE orleans_membership_version SET version = version + 1, changed_at = now()
        WHERE deployment_id = @DeploymentId AND version = @Version
        RETURNING deployment_id
    ), updated AS (
        UPDATE orleans_membership AS m
        SET status = @Status, suspect_times = @SuspectTimes, i_am_alive_time = @IAmAliveTime
        FROM bumped
        WHERE m.deployment_id = bumped.deployment_id
          AND m.address = @Address AND m.port = @Port AND m.generation = @Generation
        RETURNING 1
    )
    SELECT COUNT(*)::int FROM updated
');
INSERT INTO public.orleansquery VALUES ('UpdateIAmAlivetimeKey', '
    UPDATE orleans_membership SET i_am_alive_time = @IAmAliveTime
    WHERE deployment_id = @DeploymentId AND address = @Address AND port = @Port AND generation = @Generation
');
INSERT INTO public.orleansquery VALUES ('MembershipReadAllKey', '
    SELECT v.version AS "Version", m.address AS "Address", m.port AS "Port", m.generation AS "Generation",
m.silo_name AS "SiloName", m.host_name AS "HostName", m.status AS "Status", m.proxy_port AS "ProxyPort",
m.suspect_times AS "SuspectTimes", m.start_time AS "StartTime", m.i_am_alive_time AS "IAmAliveTime"
    FROM orleans_membership_version AS v
    LEFT JOIN orleans_membership AS m ON m.deployment_id = v.deployment_id
    WHERE v.deployment_id = @DeploymentId
');
INSERT INTO public.orleansquery VALUES ('MembershipReadRowKey', '
    SELECT v.version AS "Version", m.address AS "Address", m.port AS "Port", m.generation AS "Generation",
m.silo_name AS "SiloName", m.host_name AS "HostName", m.status AS "Status", m.proxy_port AS "ProxyPort",
m.suspect_times AS "SuspectTimes", m.start_time AS "StartTime", m.i_am_alive_time AS "IAmAliveTime"
    FROM orleans_membership_version AS v
    LEFT JOIN orleans_membership AS m ON m.deployment_id = v.deployment_id
        AND m.address = @Address AND m.port = @Port AND m.generation = @Generation
    WHERE v.deployment_id = @DeploymentId
');
INSERT INTO public.orleansquery VALUES ('GatewaysQueryKey', '
    SELECT address AS "Address", proxy_port AS "ProxyPort", generation AS "Generation"
    FROM orleans_membership
    WHERE deployment_id = @DeploymentId AND status = @Status AND proxy_port > 0
');
INSERT INTO public.orleansquery VALUES ('DeleteMembershipTableEntriesKey', '
    DELETE FROM orleans_membership WHERE deployment_id = @DeploymentId;
    DELETE FROM orleans_membership_version WHERE deployment_id = @DeploymentId;
');
INSERT INTO public.orleansquery VALUES ('CleanupDefunctSiloEntriesKey', '
    DELETE FROM orleans_membership
    WHERE deployment_id = @DeploymentId AND i_am_alive_time < @IAmAliveTime AND status <> 3
');


--
-- Data for Name: procedures; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.procedures VALUES ('79', '1.000000', 'Thủ tục hành chính số 1 (TP. Hồ Chí Minh)', 4, '2026-12-07 13:25:38.333335+00');
INSERT INTO public.procedures VALUES ('79', '1.000001', 'Thủ tục hành chính số 2 (TP. Hồ Chí Minh)', 4, '2026-12-07 13:25:38.333335+00');
INSERT INTO public.procedures VALUES ('79', '1.000002', 'Thủ tục hành chính số 3 (TP. Hồ Chí Minh)', 4, '2026-12-07 13:25:38.333335+00');
INSERT INTO public.procedures VALUES ('79', '1.000003', 'Thủ tục hành chính số 4 (TP. Hồ Chí Minh)', 4, '2026-12-07 13:25:38.333335+00');
INSERT INTO public.procedures VALUES ('79', '1.000004', 'Thủ tục hành chính số 5 (TP. Hồ Chí Minh)', 4, '2026-12-07 13:25:38.333335+00');
INSERT INTO public.procedures VALUES ('79', '1.000005', 'Thủ tục hành chính số 6 (TP. Hồ Chí Minh)', 4, '2026-12-07 13:25:38.333335+00');
INSERT INTO public.procedures VALUES ('79', '1.000006', 'Thủ tục hành chính số 7 (TP. Hồ Chí Minh)', 4, '2026-12-07 13:25:38.333335+00');
INSERT INTO public.procedures VALUES ('79', '1.000007', 'Thủ tục hành chính số 8 (TP. Hồ Chí Minh)', 4, '2026-12-07 13:25:38.333335+00');
INSERT INTO public.procedures VALUES ('79', '1.000008', 'Thủ tục hành chính số 9 (TP. Hồ Chí Minh)', 4, '2026-12-07 13:25:38.333335+00');
INSERT INTO public.procedures VALUES ('79', '1.000009', 'Thủ tục hành chính số 10 (TP. Hồ Chí Minh)', 4, '2026-12-07 13:25:38.333335+00');
INSERT INTO public.procedures VALUES ('79', '1.000010', 'Thủ tục hành chính số 11 (TP. Hồ Chí Minh)', 4, '2026-12-07 13:25:38.333335+00');
INSERT INTO public.procedures VALUES ('79', '1.000011', 'Thủ tục hành chính số 12 (TP. Hồ Chí Minh)', 4, '2026-12-07 13:25:38.333335+00');
INSERT INTO public.procedures VALUES ('79', '1.000012', 'Thủ tục hành chính số 13 (TP. Hồ Chí Minh)', 4, '2026-12-07 13:25:38.333335+00');
INSERT INTO public.procedures VALUES ('79', '1.000013', 'Thủ tục hành chính số 14 (TP. Hồ Chí Minh)', 4, '2026-12-07 13:25:38.333335+00');
INSERT INTO public.procedures VALUES ('79', '1.000014', 'Thủ tục hành chính số 15 (TP. Hồ Chí Minh)', 4, '2026-12-07 13:25:38.333335+00');
INSERT INTO public.procedures VALUES ('79', '1.000015', 'Thủ tục hành chính số 16 (TP. Hồ Chí Minh)', 4, '2026-12-07 13:25:38.333335+00');
INSERT INTO public.procedures VALUES ('79', '1.000016', 'Thủ tục hành chính số 17 (TP. Hồ Chí Minh)', 3, '2026-12-07 13:25:38.333335+00');
INSERT INTO public.procedures VALUES ('79', '1.000017', 'Thủ tục hành chính số 18 (TP. Hồ Chí Minh)', 3, '2026-12-07 13:25:38.333335+00');
INSERT INTO public.procedures VALUES ('79', '1.000018', 'Thủ tục hành chính số 19 (TP. Hồ Chí Minh)', 3, '2026-12-07 13:25:38.333335+00');
INSERT INTO public.procedures VALUES ('79', '1.000019', 'Thủ tục hành chính số 20 (TP. Hồ Chí Minh)', 3, '2026-12-07 13:25:38.333335+00');
INSERT INTO public.procedures VALUES ('79', '1.000020', 'Thủ tục hành chính số 21 (TP. Hồ Chí Minh)', 3, '2026-12-07 13:25:38.333335+00');
INSERT INTO public.procedures VALUES ('79', '1.000021', 'Thủ tục hành chính số 22 (TP. Hồ Chí Minh)', 3, '2026-12-07 13:25:38.333335+00');
INSERT INTO public.procedures VALUES ('79', '1.000022', 'Thủ tục hành chính số 23 (TP. Hồ Chí Minh)', 3, '2026-12-07 13:25:38.333335+00');
INSERT INTO public.procedures VALUES ('79', '1.000023', 'Thủ tục hành chính số 24 (TP. Hồ Chí Minh)', 3, '2026-12-07 13:25:38.333335+00');
INSERT INTO public.procedures VALUES ('79', '1.000024', 'Thủ tục hành chính số 25 (TP. Hồ Chí Minh)', 3, '2026-12-07 13:25:38.333335+00');
INSERT INTO public.procedures VALUES ('79', '1.000025', 'Thủ tục hành chính số 26 (TP. Hồ Chí Minh)', 3, '2026-12-07 13:25:38.333335+00');
INSERT INTO public.procedures VALUES ('79', '1.000026', 'Thủ tục hành chính số 27 (TP. Hồ Chí Minh)', 3, '2026-12-07 13:25:38.333335+00');
INSERT INTO public.procedures VALUES ('79', '1.000027', 'Thủ tục hành chính số 28 (TP. Hồ Chí Minh)', 3, '2026-12-07 13:25:38.333335+00');
INSERT INTO public.procedures VALUES ('79', '1.000028', 'Thủ tục hành chính số 29 (TP. Hồ Chí Minh)', 3, '2026-12-07 13:25:38.333335+00');
INSERT INTO public.procedures VALUES ('79', '1.000029', 'Thủ tục hành chính số 30 (TP. Hồ Chí Minh)', 3, '2026-12-07 13:25:38.333335+00');
INSERT INTO public.procedures VALUES ('79', '1.000030', 'Thủ tục hành chính số 31 (TP. Hồ Chí Minh)', 2, '2026-12-07 13:25:38.333335+00');
INSERT INTO public.procedures VALUES ('79', '1.000031', 'Thủ tục hành chính số 32 (TP. Hồ Chí Minh)', 2, '2026-12-07 13:25:38.333335+00');
INSERT INTO public.procedures VALUES ('79', '1.000032', 'Thủ tục hành chính số 33 (TP. Hồ Chí Minh)', 2, '2026-12-07 13:25:38.333335+00');
INSERT INTO public.procedures VALUES ('79', '1.000033', 'Thủ tục hành chính số 34 (TP. Hồ Chí Minh)', 2, '2026-12-07 13:25:38.333335+00');
INSERT INTO public.procedures VALUES ('79', '1.000034', 'Thủ tục hành chính số 35 (TP. Hồ Chí Minh)', 2, '2026-12-07 13:25:38.333335+00');
INSERT INTO public.procedures VALUES ('79', '1.000035', 'Thủ tục hành chính số 36 (TP. Hồ Chí Minh)', 2, '2026-12-07 13:25:38.333335+00');
INSERT INTO public.procedures VALUES ('79', '1.000036', 'Thủ tục hành chính số 37 (TP. Hồ Chí Minh)', 2, '2026-12-07 13:25:38.333335+00');
INSERT INTO public.procedures VALUES ('79', '1.000037', 'Thủ tục hành chính số 38 (TP. Hồ Chí Minh)', 2, '2026-12-07 13:25:38.333335+00');
INSERT INTO public.procedures VALUES ('79', '1.000038', 'Thủ tục hành chính số 39 (TP. Hồ Chí Minh)', 2, '2026-12-07 13:25:38.333335+00');
INSERT INTO public.procedures VALUES ('79', '1.000039', 'Thủ tục hành chính số 40 (TP. Hồ Chí Minh)', 2, '2026-12-07 13:25:38.333335+00');


--
-- Data for Name: province_mappings; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.province_mappings VALUES ('agency', '000.00.00.H19', '19');
INSERT INTO public.province_mappings VALUES ('prefix', 'QN.', '22');


--
-- Data for Name: schema_version; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.schema_version VALUES (1, 'grain state', '2026-12-07 13:25:32.788119+00');
INSERT INTO public.schema_version VALUES (2, 'facts, delta log, api keys, targets, alerts', '2026-12-07 13:25:32.822594+00');
INSERT INTO public.schema_version VALUES (3, 'per-grain log sequences, province ledger', '2026-12-07 13:25:32.831908+00');
INSERT INTO public.schema_version VALUES (4, 'Orleans cluster membership', '2026-12-07 13:25:32.838352+00');
INSERT INTO public.schema_version VALUES (5, 'delta log: stored day, key covers the replay', '2026-12-07 13:25:32.841564+00');
INSERT INTO public.schema_version VALUES (6, 'issued reports', '2026-12-07 13:25:32.844354+00');
INSERT INTO public.schema_version VALUES (7, 'alert states and silences', '2026-12-07 13:25:32.847755+00');
INSERT INTO public.schema_version VALUES (8, 'province mappings for portal and spreadsheet dossiers', '2026-12-07 13:25:32.84994+00');
INSERT INTO public.schema_version VALUES (9, 'subscriptions, delivery outbox', '2026-12-07 13:25:32.859255+00');


--
-- Data for Name: silences; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.silences OVERRIDING SYSTEM VALUE VALUES (1, '48', NULL, '2027-12-07 10:00:00+00', 'Đà Nẵng chuyển đổi phần mềm một cửa: số liệu chưa đầy đủ', 'Văn phòng UBND tỉnh - theo dõi', '2026-12-07 13:25:39.29674+00', NULL);
INSERT INTO public.silences OVERRIDING SYSTEM VALUE VALUES (2, '92', 'ontime', '2026-12-07 13:26:09.225922+00', 'Cần Thơ rà soát lại hồ sơ quá hạn', 'bootstrap admin', '2026-12-07 13:25:39.33179+00', 'Văn phòng UBND tỉnh - theo dõi');


--
-- Data for Name: subscription_coverage; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.subscription_coverage VALUES ('01', 'edoc', 'sub-033ff165de24e2ce');
INSERT INTO public.subscription_coverage VALUES ('01', 'ontime', 'sub-033ff165de24e2ce');
INSERT INTO public.subscription_coverage VALUES ('01', 'online-l4', 'sub-033ff165de24e2ce');
INSERT INTO public.subscription_coverage VALUES ('01', 'online-dossier', 'sub-033ff165de24e2ce');
INSERT INTO public.subscription_coverage VALUES ('31', 'edoc', 'sub-033ff165de24e2ce');
INSERT INTO public.subscription_coverage VALUES ('31', 'ontime', 'sub-033ff165de24e2ce');
INSERT INTO public.subscription_coverage VALUES ('31', 'online-l4', 'sub-033ff165de24e2ce');
INSERT INTO public.subscription_coverage VALUES ('31', 'online-dossier', 'sub-033ff165de24e2ce');
INSERT INTO public.subscription_coverage VALUES ('33', 'edoc', 'sub-033ff165de24e2ce');
INSERT INTO public.subscription_coverage VALUES ('33', 'ontime', 'sub-033ff165de24e2ce');
INSERT INTO public.subscription_coverage VALUES ('33', 'online-l4', 'sub-033ff165de24e2ce');
INSERT INTO public.subscription_coverage VALUES ('33', 'online-dossier', 'sub-033ff165de24e2ce');
INSERT INTO public.subscription_coverage VALUES ('48', 'edoc', 'sub-033ff165de24e2ce');
INSERT INTO public.subscription_coverage VALUES ('48', 'ontime', 'sub-033ff165de24e2ce');
INSERT INTO public.subscription_coverage VALUES ('48', 'online-l4', 'sub-033ff165de24e2ce');
INSERT INTO public.subscription_coverage VALUES ('48', 'online-dossier', 'sub-033ff165de24e2ce');
INSERT INTO public.subscription_coverage VALUES ('79', 'edoc', 'sub-033ff165de24e2ce');
INSERT INTO public.subscription_coverage VALUES ('79', 'ontime', 'sub-033ff165de24e2ce');
INSERT INTO public.subscription_coverage VALUES ('79', 'online-l4', 'sub-033ff165de24e2ce');
INSERT INTO public.subscription_coverage VALUES ('79', 'online-dossier', 'sub-033ff165de24e2ce');
INSERT INTO public.subscription_coverage VALUES ('92', 'edoc', 'sub-033ff165de24e2ce');
INSERT INTO public.subscription_coverage VALUES ('92', 'ontime', 'sub-033ff165de24e2ce');
INSERT INTO public.subscription_coverage VALUES ('92', 'online-l4', 'sub-033ff165de24e2ce');
INSERT INTO public.subscription_coverage VALUES ('92', 'online-dossier', 'sub-033ff165de24e2ce');
INSERT INTO public.subscription_coverage VALUES ('96', 'edoc', 'sub-033ff165de24e2ce');
INSERT INTO public.subscription_coverage VALUES ('96', 'ontime', 'sub-033ff165de24e2ce');
INSERT INTO public.subscription_coverage VALUES ('96', 'online-l4', 'sub-033ff165de24e2ce');
INSERT INTO public.subscription_coverage VALUES ('96', 'online-dossier', 'sub-033ff165de24e2ce');
INSERT INTO public.subscription_coverage VALUES ('01', 'ontime', 'sub-7a32279504300511');
INSERT INTO public.subscription_coverage VALUES ('31', 'ontime', 'sub-7a32279504300511');
INSERT INTO public.subscription_coverage VALUES ('33', 'ontime', 'sub-7a32279504300511');
INSERT INTO public.subscription_coverage VALUES ('79', 'ontime', 'sub-a208da9912c8b2f2');
INSERT INTO public.subscription_coverage VALUES ('31', 'ontime', 'sub-a25b628954420246');


--
-- Data for Name: subscriptions; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.subscriptions VALUES ('sub-033ff165de24e2ce', 'webhook', 'http://127.0.0.1:45609/hooks/ops', NULL, 'whsec_7bb6a4582c13f03845a6a3f7bf3db0e16323fe509f13804b4c156810cf8d2ad3', 'NbiJB5cs', 'bootstrap admin', '2026-12-07 13:25:39.341629+00', NULL);
INSERT INTO public.subscriptions VALUES ('sub-7a32279504300511', 'email', 'theodoi@ubnd.example.gov.vn', 8, NULL, 'wh87pWc0', 'Văn phòng UBND tỉnh - theo dõi', '2026-12-07 13:25:39.370205+00', NULL);
INSERT INTO public.subscriptions VALUES ('sub-a208da9912c8b2f2', 'webhook', 'http://127.0.0.1:45609/hooks/office', NULL, 'whsec_0dc35687c8dc9ed70f42160becc08bf89be2386c21fc47df7e50a32c60a2feda', 'QIRgINwJ', 'Trung tâm Phục vụ hành chính công TP. Hồ Chí Minh', '2026-12-07 13:25:39.373633+00', NULL);
INSERT INTO public.subscriptions VALUES ('sub-a25b628954420246', 'webhook', 'http://127.0.0.1:45609/hooks/retired', NULL, 'whsec_a0a8923e7caa0d3fb526fd4cfefda4fa2329d8b4627aeb2a038cfa51546dc29a', 'NbiJB5cs', 'bootstrap admin', '2026-12-07 13:25:39.375707+00', '2026-12-07 13:25:58.435607+00');


--
-- Data for Name: targets; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.targets VALUES ('79', 'ontime', 0.9, '2027-12-31', 'Kế hoạch số 123/KH-UBND ngày 15/01/2026 của UBND TP. Hồ Chí Minh (mức 90%)', 'bootstrap admin', '2026-12-07 13:25:38.170059+00');


--
-- Name: alerts_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.alerts_id_seq', 7, true);


--
-- Name: deliveries_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.deliveries_id_seq', 9, true);


--
-- Name: issued_reports_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.issued_reports_id_seq', 1, false);


--
-- Name: silences_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.silences_id_seq', 2, true);


--
-- Name: alerts alerts_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.alerts
    ADD CONSTRAINT alerts_pkey PRIMARY KEY (id);


--
-- Name: api_keys api_keys_key_hash_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.api_keys
    ADD CONSTRAINT api_keys_key_hash_key UNIQUE (key_hash);


--
-- Name: api_keys api_keys_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.api_keys
    ADD CONSTRAINT api_keys_pkey PRIMARY KEY (id);


--
-- Name: deliveries deliveries_delivery_key_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.deliveries
    ADD CONSTRAINT deliveries_delivery_key_key UNIQUE (delivery_key);


--
-- Name: deliveries deliveries_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.deliveries
    ADD CONSTRAINT deliveries_pkey PRIMARY KEY (id);


--
-- Name: delivery_alerts delivery_alerts_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.delivery_alerts
    ADD CONSTRAINT delivery_alerts_pkey PRIMARY KEY (alert_id, change, delivery_id);


--
-- Name: delta_log delta_log_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.delta_log
    ADD CONSTRAINT delta_log_pkey PRIMARY KEY (province, indicator, sequence) INCLUDE (bucket, day, v0, v1, v2, v3, v4, v5, recorded_at);


--
-- Name: dossiers dossiers_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.dossiers
    ADD CONSTRAINT dossiers_pkey PRIMARY KEY (province, dossier_id);


--
-- Name: edoc_counts edoc_counts_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.edoc_counts
    ADD CONSTRAINT edoc_counts_pkey PRIMARY KEY (province, agency, level, direction, period);


--
-- Name: grain_state grain_state_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.grain_state
    ADD CONSTRAINT grain_state_pkey PRIMARY KEY (grain_type, grain_key, state_name);


--
-- Name: issued_reports issued_reports_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.issued_reports
    ADD CONSTRAINT issued_reports_pkey PRIMARY KEY (id);


--
-- Name: issued_reports issued_reports_scope_period_cutoff_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.issued_reports
    ADD CONSTRAINT issued_reports_scope_period_cutoff_key UNIQUE (scope, period, cutoff);


--
-- Name: ledger ledger_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.ledger
    ADD CONSTRAINT ledger_pkey PRIMARY KEY (province, indicator);


--
-- Name: orleans_membership orleans_membership_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.orleans_membership
    ADD CONSTRAINT orleans_membership_pkey PRIMARY KEY (deployment_id, address, port, generation);


--
-- Name: orleans_membership_version orleans_membership_version_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.orleans_membership_version
    ADD CONSTRAINT orleans_membership_version_pkey PRIMARY KEY (deployment_id);


--
-- Name: orleansquery orleansquery_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.orleansquery
    ADD CONSTRAINT orleansquery_pkey PRIMARY KEY (querykey);


--
-- Name: procedures procedures_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.procedures
    ADD CONSTRAINT procedures_pkey PRIMARY KEY (province, code);


--
-- Name: province_mappings province_mappings_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.province_mappings
    ADD CONSTRAINT province_mappings_pkey PRIMARY KEY (kind, code);


--
-- Name: schema_version schema_version_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.schema_version
    ADD CONSTRAINT schema_version_pkey PRIMARY KEY (version);


--
-- Name: silences silences_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.silences
    ADD CONSTRAINT silences_pkey PRIMARY KEY (id);


--
-- Name: subscription_coverage subscription_coverage_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.subscription_coverage
    ADD CONSTRAINT subscription_coverage_pkey PRIMARY KEY (province, indicator, subscription_id);


--
-- Name: subscriptions subscriptions_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.subscriptions
    ADD CONSTRAINT subscriptions_pkey PRIMARY KEY (id);


--
-- Name: targets targets_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.targets
    ADD CONSTRAINT targets_pkey PRIMARY KEY (province, indicator);


--
-- Name: alerts_by_grain; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX alerts_by_grain ON public.alerts USING btree (province, indicator, period, id);


--
-- Name: alerts_open; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX alerts_open ON public.alerts USING btree (province, indicator, period) WHERE (state = ANY (ARRAY['pending'::text, 'firing'::text]));


--
-- Name: deliveries_by_subscription; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX deliveries_by_subscription ON public.deliveries USING btree (subscription_id, due_at);


--
-- Name: deliveries_due; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX deliveries_due ON public.deliveries USING btree (status, due_at);


--
-- Name: delivery_alerts_by_delivery; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX delivery_alerts_by_delivery ON public.delivery_alerts USING btree (delivery_id);


--
-- Name: subscription_coverage_by_subscription; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX subscription_coverage_by_subscription ON public.subscription_coverage USING btree (subscription_id);


--
-- PostgreSQL database dump complete
--


