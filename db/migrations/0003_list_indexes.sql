-- Indexes for the survey list at 100,000 surveys (bench/findings.md):
-- the default order (last updated first) over live surveys walks one narrow index and stops at a page,
-- and the analyst and year filter boxes read their distinct values from an index, not the table.
CREATE INDEX surveys_live_updated ON surveys (updated_at, id) WHERE deleted_at IS NULL;
CREATE INDEX surveys_analyst ON surveys (analyst);
CREATE INDEX surveys_reference_year ON surveys (reference_year);
-- counting a name search goes from the matching companies to their live surveys through this index alone
CREATE INDEX surveys_company_live ON surveys (company_id) WHERE deleted_at IS NULL;
