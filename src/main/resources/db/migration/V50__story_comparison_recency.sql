-- Lists of stories show each one's first digest line, and their version reads the latest stored comparison.
create index story_comparison_computed_at on story_comparison (computed_at desc);
