-- the status bar's counts (live surveys by status, the trash, live companies) from small indexes
CREATE INDEX surveys_live_status ON surveys (status) WHERE deleted_at IS NULL;
CREATE INDEX surveys_trash ON surveys (deleted_at) WHERE deleted_at IS NOT NULL;
CREATE INDEX companies_live ON companies (deleted_at) WHERE deleted_at IS NULL;
