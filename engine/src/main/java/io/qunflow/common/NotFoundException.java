package io.qunflow.common;

/** The thing the caller named does not exist; answered as 404. */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String what, String id) {
        super(what + " '" + id + "' does not exist");
    }
}
