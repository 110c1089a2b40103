-- Thresholds compliance changes without touching DRL: rules read them as Parameter facts.
-- Each change is a new version, like a rule set; the current value is the newest version.
CREATE TABLE qf_parameter (
    name        VARCHAR(100)  NOT NULL PRIMARY KEY,
    rule_set    VARCHAR(100)  NOT NULL,
    kind        VARCHAR(20)   NOT NULL CHECK (kind IN ('INTEGER', 'DECIMAL', 'TEXT')),
    current_value VARCHAR(2000) NOT NULL,
    min_value   DOUBLE PRECISION,
    max_value   DOUBLE PRECISION,
    description VARCHAR(2000) NOT NULL,
    version     INTEGER       NOT NULL
);

CREATE TABLE qf_parameter_version (
    name       VARCHAR(100)  NOT NULL,
    version    INTEGER       NOT NULL,
    set_value  VARCHAR(2000) NOT NULL,
    author     VARCHAR(100)  NOT NULL,
    comment    VARCHAR(2000) NOT NULL,
    changed_at TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (name, version)
);
