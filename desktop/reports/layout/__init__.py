"""Page layout of the briefs (reportlab platypus): shared pieces, province brief, overview brief."""
