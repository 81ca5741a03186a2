-- Dongbei Survey Desk, schema version 1. Never edit once released: add a new migration instead.

CREATE TABLE provinces (
    code TEXT PRIMARY KEY CHECK (length(code) = 2),
    name_en TEXT NOT NULL, name_zh TEXT NOT NULL, name_ja TEXT NOT NULL,
    capital_city_code TEXT,
    population_million REAL, population_year TEXT, population_source TEXT,
    gdp_cny_bn REAL, gdp_year TEXT, gdp_source TEXT,
    area_km2 REAL, area_source TEXT,
    status TEXT NOT NULL DEFAULT '',
    retired INTEGER NOT NULL DEFAULT 0 CHECK (retired IN (0, 1))
) STRICT;

CREATE TABLE cities (
    code TEXT PRIMARY KEY CHECK (length(code) = 4),
    province_code TEXT NOT NULL REFERENCES provinces(code),
    name_zh TEXT NOT NULL, name_en TEXT NOT NULL UNIQUE, name_ja TEXT NOT NULL,
    division_type TEXT NOT NULL DEFAULT '',
    is_capital INTEGER NOT NULL DEFAULT 0 CHECK (is_capital IN (0, 1)),
    is_subprovincial INTEGER NOT NULL DEFAULT 0 CHECK (is_subprovincial IN (0, 1)),
    pop_2023_10k REAL,
    note TEXT NOT NULL DEFAULT '', source TEXT NOT NULL, name_ja_status TEXT NOT NULL DEFAULT '',
    retired INTEGER NOT NULL DEFAULT 0 CHECK (retired IN (0, 1)),
    CHECK (substr(code, 1, 2) = province_code)
) STRICT;

CREATE TABLE industries (
    code TEXT PRIMARY KEY,
    grp TEXT NOT NULL CHECK (grp IN ('mfg', 'nonmfg')),
    label_en TEXT NOT NULL, label_ja TEXT NOT NULL, label_zh TEXT NOT NULL,
    status TEXT NOT NULL DEFAULT '', source TEXT NOT NULL DEFAULT '',
    retired INTEGER NOT NULL DEFAULT 0 CHECK (retired IN (0, 1))
) STRICT;

CREATE TABLE zones (
    id TEXT PRIMARY KEY,
    kind TEXT NOT NULL CHECK (kind IN ('zone', 'plan', 'port', 'airport', 'rail')),
    province_code TEXT NOT NULL,
    city TEXT NOT NULL DEFAULT '',
    name_en TEXT NOT NULL, name_zh TEXT NOT NULL DEFAULT '', name_ja TEXT NOT NULL DEFAULT '',
    facts TEXT NOT NULL DEFAULT '', source TEXT NOT NULL,
    retired INTEGER NOT NULL DEFAULT 0 CHECK (retired IN (0, 1))
) STRICT;

CREATE TABLE reference_figures (
    id TEXT PRIMARY KEY,
    geography TEXT NOT NULL,
    partner TEXT NOT NULL DEFAULT '-',
    indicator TEXT NOT NULL,
    indicator_label_en TEXT NOT NULL DEFAULT '',
    value REAL NOT NULL,
    unit TEXT NOT NULL,
    period TEXT NOT NULL DEFAULT '',
    count_kind TEXT NOT NULL DEFAULT '',
    status TEXT NOT NULL CHECK (status IN ('VERIFIED', 'ESTIMATED', 'DERIVED')),
    source_name TEXT NOT NULL,
    source_url TEXT NOT NULL CHECK (length(source_url) > 0),
    note TEXT NOT NULL DEFAULT '',
    retired INTEGER NOT NULL DEFAULT 0 CHECK (retired IN (0, 1)),
    updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
) STRICT;
CREATE INDEX reference_figures_series ON reference_figures (geography, indicator, period);

CREATE TABLE companies (
    id TEXT PRIMARY KEY CHECK (length(id) = 36),
    name_local TEXT NOT NULL CHECK (length(name_local) BETWEEN 1 AND 200),
    name_en TEXT CHECK (length(name_en) <= 200),
    name_ja TEXT CHECK (length(name_ja) <= 200),
    parent_company TEXT CHECK (length(parent_company) <= 200),
    parent_size TEXT,
    province TEXT REFERENCES provinces(code),
    city TEXT REFERENCES cities(code),
    dev_zone TEXT CHECK (length(dev_zone) <= 200),
    establishment_type TEXT,
    investment_form TEXT,
    japanese_equity_pct REAL CHECK (japanese_equity_pct BETWEEN 0 AND 100),
    year_established INTEGER CHECK (year_established BETWEEN 1900 AND 2200),
    industry TEXT REFERENCES industries(code),
    revision INTEGER NOT NULL DEFAULT 1 CHECK (revision >= 1),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    deleted_at TEXT,
    CHECK (city IS NULL OR province IS NULL OR substr(city, 1, 2) = province)
) STRICT;
CREATE INDEX companies_province ON companies (province, city);
CREATE INDEX companies_industry ON companies (industry);

-- substring search on every name, in any script (trigram needs 3+ characters; shorter terms use LIKE)
CREATE VIRTUAL TABLE company_names_fts USING fts5(
    name_local, name_en, name_ja, parent_company,
    content='companies', content_rowid='rowid', tokenize='trigram'
);
CREATE TRIGGER companies_fts_insert AFTER INSERT ON companies BEGIN
    INSERT INTO company_names_fts (rowid, name_local, name_en, name_ja, parent_company)
    VALUES (new.rowid, new.name_local, new.name_en, new.name_ja, new.parent_company);
END;
CREATE TRIGGER companies_fts_delete AFTER DELETE ON companies BEGIN
    INSERT INTO company_names_fts (company_names_fts, rowid, name_local, name_en, name_ja, parent_company)
    VALUES ('delete', old.rowid, old.name_local, old.name_en, old.name_ja, old.parent_company);
END;
CREATE TRIGGER companies_fts_update AFTER UPDATE OF name_local, name_en, name_ja, parent_company ON companies BEGIN
    INSERT INTO company_names_fts (company_names_fts, rowid, name_local, name_en, name_ja, parent_company)
    VALUES ('delete', old.rowid, old.name_local, old.name_en, old.name_ja, old.parent_company);
    INSERT INTO company_names_fts (rowid, name_local, name_en, name_ja, parent_company)
    VALUES (new.rowid, new.name_local, new.name_en, new.name_ja, new.parent_company);
END;

CREATE TABLE surveys (
    id TEXT PRIMARY KEY CHECK (length(id) = 36),
    company_id TEXT NOT NULL REFERENCES companies(id),
    status TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'final')),
    interview_date TEXT CHECK (interview_date IS NULL OR date(interview_date) = interview_date),
    analyst TEXT CHECK (length(analyst) <= 100),
    interview_mode TEXT,
    reference_year INTEGER CHECK (reference_year BETWEEN 1990 AND 2200),
    employees INTEGER CHECK (employees >= 0),
    japanese_expats INTEGER CHECK (japanese_expats >= 0),
    headcount_change TEXT,
    op_profit_forecast TEXT,
    op_profit_vs_prev TEXT,
    business_direction TEXT,
    relocation_destination TEXT,
    sales_local_pct REAL CHECK (sales_local_pct BETWEEN 0 AND 100),
    sales_japan_pct REAL CHECK (sales_japan_pct BETWEEN 0 AND 100),
    sales_other_pct REAL CHECK (sales_other_pct BETWEEN 0 AND 100),
    proc_local_pct REAL CHECK (proc_local_pct BETWEEN 0 AND 100),
    proc_japan_pct REAL CHECK (proc_japan_pct BETWEEN 0 AND 100),
    proc_other_pct REAL CHECK (proc_other_pct BETWEEN 0 AND 100),
    infra_port INTEGER CHECK (infra_port BETWEEN 1 AND 5),
    infra_rail INTEGER CHECK (infra_rail BETWEEN 1 AND 5),
    infra_road INTEGER CHECK (infra_road BETWEEN 1 AND 5),
    infra_air INTEGER CHECK (infra_air BETWEEN 1 AND 5),
    infra_power INTEGER CHECK (infra_power BETWEEN 1 AND 5),
    infra_customs INTEGER CHECK (infra_customs BETWEEN 1 AND 5),
    notes TEXT CHECK (length(notes) <= 10000),
    revision INTEGER NOT NULL DEFAULT 1 CHECK (revision >= 1),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    created_by TEXT NOT NULL DEFAULT '',
    updated_by TEXT NOT NULL DEFAULT '',
    deleted_at TEXT,
    CHECK (japanese_expats IS NULL OR employees IS NULL OR japanese_expats <= employees)
) STRICT;
CREATE INDEX surveys_company ON surveys (company_id);
CREATE INDEX surveys_status_year ON surveys (status, reference_year);
CREATE INDEX surveys_interview_date ON surveys (interview_date);
CREATE INDEX surveys_updated ON surveys (updated_at);

-- answers to multi-select questions: one row per chosen code, with its rank where the question is ranked
CREATE TABLE survey_choices (
    survey_id TEXT NOT NULL REFERENCES surveys(id) ON DELETE CASCADE,
    question TEXT NOT NULL,
    code TEXT NOT NULL,
    rank INTEGER CHECK (rank IS NULL OR rank >= 1),
    PRIMARY KEY (survey_id, question, code)
) STRICT, WITHOUT ROWID;
CREATE INDEX survey_choices_question ON survey_choices (question, code);

-- append-only history of every change
CREATE TABLE audit_log (
    id INTEGER PRIMARY KEY,
    at TEXT NOT NULL,
    who TEXT NOT NULL DEFAULT '',
    action TEXT NOT NULL CHECK (action IN ('create', 'update', 'delete', 'restore', 'import', 'merge', 'purge')),
    table_name TEXT NOT NULL,
    record_id TEXT NOT NULL,
    field TEXT NOT NULL DEFAULT '',
    old TEXT,
    new TEXT
) STRICT;
CREATE INDEX audit_log_record ON audit_log (record_id, id);
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log BEGIN
    SELECT RAISE(ABORT, 'audit_log is append-only');
END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log BEGIN
    SELECT RAISE(ABORT, 'audit_log is append-only');
END;

-- unsaved form content, written as the analyst types, offered back after a crash
CREATE TABLE drafts (
    key TEXT PRIMARY KEY,
    survey_id TEXT,
    base_revision INTEGER,
    payload TEXT NOT NULL CHECK (json_valid(payload)),
    who TEXT NOT NULL DEFAULT '',
    updated_at TEXT NOT NULL
) STRICT;

CREATE TABLE settings (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
) STRICT;
