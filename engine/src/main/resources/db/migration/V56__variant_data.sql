-- The variant data (rules/lexicon/variants/*.csv) lives in the database so compliance can publish
-- new versions at run time; the shipped files seed version 1 of each once. A version is the whole
-- file as published, so any version can be read back and restored as it was; the newest is live.
CREATE TABLE qf_variant_version (
    file_name    VARCHAR(40)      NOT NULL,
    version      INTEGER          NOT NULL,
    content      VARCHAR(1000000) NOT NULL,
    author       VARCHAR(100)     NOT NULL,
    comment      VARCHAR(2000)    NOT NULL,
    published_at TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (file_name, version)
);

-- Every node compares this revision with the one it compiled, so a publish on one node reaches the others.
INSERT INTO qf_revision (subject, revision) VALUES ('variants', 0);
