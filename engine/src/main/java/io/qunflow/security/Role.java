package io.qunflow.security;

/** What a person may do; a person may hold several (an admin who also edits rules). */
enum Role {
    DESIGNER,
    COMPLIANCE,
    OPERATOR,
    VIEWER,
    ADMIN
}
