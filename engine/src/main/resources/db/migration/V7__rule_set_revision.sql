-- Publishing a rule set bumps this revision, so every node swaps in the new version, not only
-- the node that published it.
INSERT INTO qf_revision (subject, revision) VALUES ('rule-sets', 0);
