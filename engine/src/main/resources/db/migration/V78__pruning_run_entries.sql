-- In the SQL H2 2.x and PostgreSQL 15 both accept (VARCHAR, not TEXT), as V1 explains.
-- A real pruning run's report kept whole in qf_pruning_run.result passed that column's million
-- characters at about 3,000 members (some 340 characters a member), and the run answered 500
-- with nothing applied. Its members are now kept one row each; result holds the rest.
CREATE TABLE qf_pruning_run_entry (
    run_id     VARCHAR(200)   NOT NULL,
    seq        INT            NOT NULL,
    list       VARCHAR(20)    NOT NULL CHECK (list IN ('CANDIDATE', 'SPARED', 'LAYER_CHANGE')),
    member_id  VARCHAR(100)   NOT NULL,
    outcome    VARCHAR(4000),
    reason     VARCHAR(20000),
    rule_name  VARCHAR(1000),
    PRIMARY KEY (run_id, seq),
    FOREIGN KEY (run_id) REFERENCES qf_pruning_run (run_id)
);
