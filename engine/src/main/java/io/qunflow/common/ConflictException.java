package io.qunflow.common;

/** The request clashes with the current state (already exists, already acknowledged); answered as 409. */
public class ConflictException extends RuntimeException {

    public ConflictException(String detail) {
        super(detail);
    }
}
