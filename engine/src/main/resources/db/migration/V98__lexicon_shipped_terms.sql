-- Every shipped word-list term an installation has been offered, by file: a later release's new
-- terms are the ones not listed here, and a term compliance removed stays listed, so it stays removed.
CREATE TABLE qf_lexicon_shipped_term (
    file_name   VARCHAR(200) NOT NULL,
    term        VARCHAR(200) NOT NULL,
    offered_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (file_name, term)
);
