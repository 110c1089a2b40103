package io.qunflow.reviews;

/** Where a review item stands: waiting for a person, or decided by one. */
public enum ReviewStatus {
    OPEN,
    UPHELD,
    OVERTURNED
}
