-- In the SQL H2 2.x and PostgreSQL 15 both accept (VARCHAR, not TEXT), as V1 explains.
-- A parameter's value for groups in one phase, of one type, or both: the most specific scope a
-- group matches wins over the parameter's own value. '' stands for "any" so the key stays simple.
CREATE TABLE qf_parameter_scope (
    name         VARCHAR(100)  NOT NULL,
    phase        VARCHAR(20)   NOT NULL,
    group_type   VARCHAR(20)   NOT NULL,
    scoped_value VARCHAR(2000) NOT NULL,
    changed_by   VARCHAR(100)  NOT NULL,
    changed_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (name, phase, group_type),
    CONSTRAINT qf_parameter_scope_parameter FOREIGN KEY (name) REFERENCES qf_parameter (name),
    CONSTRAINT qf_parameter_scope_some CHECK (phase <> '' OR group_type <> '')
);
